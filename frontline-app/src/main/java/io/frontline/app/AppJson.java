package io.frontline.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.json.FrontlineJson;

/**
 * The JSON of every use case's result, for the command line and the API alike: Frontline's shared form
 * ({@link FrontlineJson}: snake_case keys, ISO dates, lower-case enums). The shapes are the JSON Schemas of docs/schema.
 */
public final class AppJson {
  public static final ObjectMapper MAPPER = FrontlineJson.MAPPER;

  private AppJson() {}

  public static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Pretty-printed, as the command line prints it. */
  public static String pretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }
}
