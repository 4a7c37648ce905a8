package io.frontline.formats.geojson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.Feature;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads the features of a GeoJSON document: a FeatureCollection, a single Feature or a bare geometry (one feature
 * without properties). The "features" array is streamed, one feature tree at a time. Features are numbered from 1
 * in locations ("feature 3" is the third). Malformed JSON is located by line and column.
 */
public final class GeoJsonReader {
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();
  private static final Set<String> GEOMETRY_TYPES = Set.of(
      "Point",
      "MultiPoint",
      "LineString",
      "MultiLineString",
      "Polygon",
      "MultiPolygon",
      "GeometryCollection");

  private GeoJsonReader() {}

  /** All features, strictly: the first problem anywhere throws a {@link FormatException} with its location. */
  public static List<Feature> readFeatures(InputStream in) throws IOException {
    FeatureSet set = read(in);
    if (!set.findings().isEmpty()) {
      throw new FormatException(
          set.findings().get(0).code(),
          set.findings().get(0).location(),
          set.findings().get(0).message(),
          set.findings().get(0).wkt());
    }
    return set.features();
  }

  /**
   * All features, leniently: a feature whose geometry cannot be read keeps a null geometry and its problem goes to
   * the findings. Problems with the document itself (malformed JSON, not GeoJSON) throw a {@link FormatException}.
   */
  public static FeatureSet read(InputStream in) throws IOException {
    return read(MAPPER.createParser(in));
  }

  /** As {@link #read(InputStream)}, from text already decoded. */
  public static FeatureSet read(Reader in) throws IOException {
    return read(MAPPER.createParser(in));
  }

  private static FeatureSet read(JsonParser opened) throws IOException {
    try (JsonParser parser = opened) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw FindingCode.GEOJSON_INVALID.exception(
            location(parser.currentTokenLocation()), "a GeoJSON document must be a JSON object");
      }
      return readDocument(parser);
    } catch (JsonProcessingException e) {
      throw FindingCode.JSON_MALFORMED.exception(
          location(e.getLocation()), "malformed JSON: " + e.getOriginalMessage());
    }
  }

  private static FeatureSet readDocument(JsonParser parser) throws IOException {
    ObjectNode top = MAPPER.createObjectNode();
    List<JsonNode> features = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (name.equals("features") && value == JsonToken.START_ARRAY) {
        features = readArray(parser);
      } else {
        top.set(name, parser.readValueAsTree());
      }
    }
    if (parser.nextToken() != null) {
      throw FindingCode.JSON_MALFORMED.exception(
          location(parser.currentTokenLocation()),
          "malformed JSON: content after the end of the document");
    }
    return features(top, features);
  }

  private static List<JsonNode> readArray(JsonParser parser) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      nodes.add(parser.readValueAsTree());
    }
    return nodes;
  }

  private static FeatureSet features(ObjectNode top, List<JsonNode> featureNodes) {
    String type = top.path("type").asText("");
    List<Feature> features = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (type.equals("FeatureCollection")) {
      if (featureNodes == null) {
        throw FindingCode.GEOJSON_INVALID.exception(
            "file", "a FeatureCollection needs a \"features\" array");
      }
      for (int i = 0; i < featureNodes.size(); i++) {
        features.add(feature(featureNodes.get(i), i + 1, findings));
      }
    } else if (type.equals("Feature")) {
      features.add(feature(top, 1, findings));
    } else if (GEOMETRY_TYPES.contains(type)) {
      features.add(new Feature(1, geometry(top, 1, findings), Map.of()));
    } else {
      throw FindingCode.GEOJSON_INVALID.exception(
          "file",
          "\"type\" must be FeatureCollection, Feature or a geometry type, was " + Quoted.of(type));
    }
    return new FeatureSet("feature", features, findings);
  }

  private static Feature feature(JsonNode node, int index, List<Finding> findings) {
    if (!node.isObject() || !"Feature".equals(node.path("type").asText())) {
      findings.add(
          FindingCode.GEOJSON_INVALID.finding("feature " + index, "not a GeoJSON Feature object"));
      return new Feature(index, null, Map.of());
    }
    JsonNode geometry = node.path("geometry");
    Geometry decoded =
        geometry.isMissingNode() || geometry.isNull() ? null : geometry(geometry, index, findings);
    return new Feature(index, decoded, properties(node.path("properties"), index, findings));
  }

  private static Geometry geometry(JsonNode node, int index, List<Finding> findings) {
    try {
      return GeoJsonCodec.read(node);
    } catch (FormatException e) {
      findings.add(e.at("feature " + index).toFinding());
      return null;
    }
  }

  private static Map<String, Object> properties(JsonNode node, int index, List<Finding> findings) {
    if (node.isMissingNode() || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      findings.add(FindingCode.GEOJSON_INVALID.finding(
          "feature " + index, "\"properties\" must be an object or null"));
      return Map.of();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    node.properties()
        .forEach(e -> values.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
    return values;
  }

  private static String location(JsonLocation where) {
    return where == null ? "file" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
  }
}
