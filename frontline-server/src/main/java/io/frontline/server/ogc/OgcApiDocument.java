package io.frontline.server.ogc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.server.http.ServerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OGC API's definition as OpenAPI 3.0, the version OGC API - Features clients (GDAL's OAPIF driver among them)
 * read: the server's OpenAPI 3.1 document cut to the {@code /ogc} paths, with 3.1's schema forms written the 3.0 way
 * ({@code "type": ["string", "null"]} and a {@code {"type": "null"}} alternative of {@code oneOf} or {@code anyOf} as
 * {@code nullable}, {@code const} as a one-value {@code enum}, {@code examples} as {@code example}) and only the
 * components those paths reference. Made once from the one document, so the two cannot disagree.
 */
final class OgcApiDocument {
  static final String MEDIA_TYPE = "application/vnd.oai.openapi+json;version=3.0";

  private OgcApiDocument() {}

  static byte[] build() {
    try (InputStream in = OgcApiDocument.class.getResourceAsStream("/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "the OpenAPI document /web/openapi.json is missing from the server");
      }
      return ServerJson.bytes(of((ObjectNode) ServerJson.MAPPER.readTree(in)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenAPI document", e);
    }
  }

  static ObjectNode of(ObjectNode full) {
    ObjectNode doc = full.deepCopy();
    doc.put("openapi", "3.0.3");
    doc.remove(List.of("jsonSchemaDialect", "webhooks"));
    if (doc.path("info").path("license") instanceof ObjectNode license) {
      license.remove("identifier");
    }
    ObjectNode paths = (ObjectNode) doc.path("paths");
    List<String> others = new ArrayList<>();
    paths.fieldNames().forEachRemaining(p -> {
      if (!p.startsWith("/ogc")) {
        others.add(p);
      }
    });
    paths.remove(others);
    keepReferenced(doc);
    downgrade(doc);
    return doc;
  }

  /** Drops the components (schemas, parameters, responses) that the remaining paths do not reach. */
  private static void keepReferenced(ObjectNode doc) {
    Set<String> reached = new LinkedHashSet<>();
    Deque<JsonNode> todo = new ArrayDeque<>(List.of(doc.path("paths")));
    while (!todo.isEmpty()) {
      for (JsonNode ref : todo.pop().findValues("$ref")) {
        String pointer = ref.asText();
        if (pointer.startsWith("#/components/") && reached.add(pointer)) {
          todo.push(doc.at(pointer.substring(1)));
        }
      }
    }
    for (String section : List.of("schemas", "parameters", "responses")) {
      if (doc.path("components").get(section) instanceof ObjectNode components) {
        List<String> unused = new ArrayList<>();
        components.fieldNames().forEachRemaining(name -> {
          if (!reached.contains("#/components/" + section + "/" + name)) {
            unused.add(name);
          }
        });
        components.remove(unused);
      }
    }
  }

  private static void downgrade(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode type = o.get("type");
      if (type instanceof ArrayNode types) {
        List<String> named = new ArrayList<>();
        types.forEach(t -> named.add(t.asText()));
        boolean nullable = named.remove("null");
        if (named.size() == 1) {
          o.put("type", named.get(0));
        } else {
          o.remove("type");
        }
        if (nullable) {
          o.put("nullable", true);
        }
      }
      for (String choice : List.of("oneOf", "anyOf")) {
        if (o.get(choice) instanceof ArrayNode alternatives) {
          withoutNull(o, choice, alternatives);
        }
      }
      if (o.has("const")) {
        o.putArray("enum").add(o.remove("const"));
      }
      if (o.get("examples") instanceof ArrayNode examples && !examples.isEmpty() && !o.has("in")) {
        o.set("example", examples.get(0));
        o.remove("examples");
      }
      o.elements().forEachRemaining(OgcApiDocument::downgrade);
    } else if (node instanceof ArrayNode a) {
      a.forEach(OgcApiDocument::downgrade);
    }
  }

  /** {@code oneOf: [{"type": "null"}, X]} as {@code nullable} with X alone (under allOf, which a $ref needs in 3.0). */
  private static void withoutNull(ObjectNode o, String choice, ArrayNode alternatives) {
    List<JsonNode> others = new ArrayList<>();
    alternatives.forEach(a -> {
      if (!"null".equals(a.path("type").asText()) || a.size() != 1) {
        others.add(a);
      }
    });
    if (others.size() == alternatives.size()) {
      return;
    }
    o.remove(choice);
    o.putArray(others.size() == 1 ? "allOf" : choice).addAll(others);
    o.put("nullable", true);
  }
}
