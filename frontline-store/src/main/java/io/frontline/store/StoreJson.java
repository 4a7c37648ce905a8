package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** JSON text for list- and map-valued columns: arrays of strings and flat string maps (keys sorted). */
final class StoreJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<String>> LIST = new TypeReference<>() {};
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private StoreJson() {}

  static String list(List<String> values) {
    return write(values);
  }

  static String map(Map<String, String> values) {
    return write(new TreeMap<>(values));
  }

  static List<String> readList(String json) {
    try {
      return MAPPER.readValue(json, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "malformed JSON array of strings: " + e.getOriginalMessage(), e);
    }
  }

  static Map<String, String> readMap(String json) {
    try {
      return MAPPER.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "malformed JSON object of strings: " + e.getOriginalMessage(), e);
    }
  }

  private static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write strings as JSON: " + e.getOriginalMessage(), e);
    }
  }
}
