package io.frontline.bundled;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The actors of the Islamic State scenario, with aliases and names in several languages. */
public final class BundledActors {
  private BundledActors() {}

  public static List<Actor> islamicStateScenario() {
    try (InputStream in = Resources.open("scenario/actors.json")) {
      List<Actor> actors = new ArrayList<>();
      for (JsonNode n : new ObjectMapper().readTree(in)) {
        actors.add(new Actor(
            n.get("id").asText(),
            n.get("name").asText(),
            ActorKind.parse(n.get("kind").asText()),
            n.get("colour").asText(),
            strings(n.get("aliases")),
            names(n.get("names"))));
      }
      return actors;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled actors", e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Map<String, String> names(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
