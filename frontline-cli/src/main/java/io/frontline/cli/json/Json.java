package io.frontline.cli.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.json.FrontlineJson;

/**
 * The JSON form of command output: Frontline's shared form ({@link FrontlineJson}: snake_case keys, ISO dates, lower-case
 * enums), pretty-printed. The shapes are documented by the JSON Schemas in docs/schema and must stay stable.
 */
public final class Json {
  public static final ObjectMapper MAPPER = FrontlineJson.MAPPER;

  private Json() {
  }

  public static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static String write(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
