package io.frontline.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.json.FrontlineJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The API's JSON form, the same as the command line's ({@code docs/schema}): snake_case keys, lower-case enums, ISO
 * dates, empty optionals as null. Reading refuses duplicate keys and trailing tokens, so malformed bodies are 400s.
 */
public final class ServerJson {
  public static final ObjectMapper MAPPER = FrontlineJson.MAPPER;

  private ServerJson() {}

  public static ObjectNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  public static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON", e);
    }
  }

  /** Parses a request body; malformed JSON is a 400 problem naming the line and column. */
  public static JsonNode parse(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("the request needs a JSON body");
    }
    try {
      return MAPPER.readTree(body);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String where = e.getLocation() == null
          ? ""
          : " at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr();
      throw ApiException.badRequest("malformed JSON" + where + ": " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
  }
}
