package io.frontline.formats.geojson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.formats.validation.Rings;
import io.frontline.geometry.Geometries;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * JTS geometries to and from GeoJSON geometry objects (RFC 7946), on Jackson's tree model. Every type is supported,
 * Multi* and GeometryCollection included; geometries are made by {@link Geometries#FACTORY} (SRID 4326). Positions
 * are [lon, lat]; an altitude or further elements are ignored. Reading checks structure only (and ring closure, via
 * {@link Rings}); ranges and validity are {@link io.frontline.formats.validation.GeometryValidator}'s job.
 */
public final class GeoJsonCodec {
  private static final GeometryFactory FACTORY = Geometries.FACTORY;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GeoJsonCodec() {}

  /** The geometry of a GeoJSON geometry object; throws a {@link FormatException} coded geojson-invalid. */
  public static Geometry read(JsonNode node) {
    if (node == null || !node.isObject() || !node.path("type").isTextual()) {
      throw invalid("a geometry must be an object with a \"type\"");
    }
    String type = node.get("type").asText();
    if (type.equals("GeometryCollection")) {
      return collection(array(node, "geometries"));
    }
    JsonNode coordinates = array(node, "coordinates");
    return switch (type) {
      case "Point" -> point(coordinates);
      case "MultiPoint" ->
        FACTORY.createMultiPoint(each(coordinates, Point[]::new, GeoJsonCodec::point));
      case "LineString" -> lineString(coordinates);
      case "MultiLineString" ->
        FACTORY.createMultiLineString(
            each(coordinates, LineString[]::new, GeoJsonCodec::lineString));
      case "Polygon" -> polygon(coordinates);
      case "MultiPolygon" ->
        FACTORY.createMultiPolygon(each(coordinates, Polygon[]::new, GeoJsonCodec::polygon));
      default -> throw invalid("unknown geometry type " + Quoted.of(type));
    };
  }

  /** The GeoJSON object of a geometry, at full precision. */
  public static ObjectNode write(Geometry geometry) {
    return write(geometry, -1);
  }

  /** The GeoJSON object of a geometry, coordinates rounded to {@code decimals} places (negative: not rounded). */
  public static ObjectNode write(Geometry geometry, int decimals) {
    ObjectNode node = NODES.objectNode();
    node.put("type", geometry instanceof LinearRing ? "LineString" : geometry.getGeometryType());
    if (geometry.getClass() == GeometryCollection.class) {
      ArrayNode parts = node.putArray("geometries");
      for (int i = 0; i < geometry.getNumGeometries(); i++) {
        parts.add(write(geometry.getGeometryN(i), decimals));
      }
      return node;
    }
    node.set("coordinates", coordinates(geometry, decimals));
    return node;
  }

  private static JsonNode coordinates(Geometry geometry, int decimals) {
    if (geometry instanceof Point p) {
      return p.isEmpty() ? NODES.arrayNode() : position(p.getCoordinate(), decimals);
    }
    if (geometry instanceof LineString line) {
      return positions(line.getCoordinates(), decimals);
    }
    ArrayNode parts = NODES.arrayNode();
    if (geometry instanceof Polygon polygon) {
      if (!polygon.isEmpty()) {
        parts.add(positions(polygon.getExteriorRing().getCoordinates(), decimals));
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
          parts.add(positions(polygon.getInteriorRingN(i).getCoordinates(), decimals));
        }
      }
      return parts;
    }
    for (int i = 0; i < geometry.getNumGeometries(); i++) {
      parts.add(coordinates(geometry.getGeometryN(i), decimals));
    }
    return parts;
  }

  private static ArrayNode positions(Coordinate[] points, int decimals) {
    ArrayNode array = NODES.arrayNode();
    for (Coordinate c : points) {
      array.add(position(c, decimals));
    }
    return array;
  }

  private static ArrayNode position(Coordinate c, int decimals) {
    return NODES.arrayNode().add(round(c.x, decimals)).add(round(c.y, decimals));
  }

  static double round(double value, int decimals) {
    if (decimals < 0 || !Double.isFinite(value)) {
      return value;
    }
    double scale = Math.pow(10, decimals);
    double scaled = value * scale;
    return Math.abs(scaled) >= 0x1p52 ? value : Math.rint(scaled) / scale;
  }

  private static Geometry collection(JsonNode geometries) {
    return FACTORY.createGeometryCollection(each(geometries, Geometry[]::new, GeoJsonCodec::read));
  }

  private static Point point(JsonNode coordinates) {
    return coordinates.isEmpty()
        ? FACTORY.createPoint()
        : FACTORY.createPoint(coordinate(coordinates));
  }

  private static LineString lineString(JsonNode coordinates) {
    Coordinate[] points = each(coordinates, Coordinate[]::new, GeoJsonCodec::coordinate);
    if (points.length == 1) {
      throw invalid("a LineString needs at least 2 positions, has 1");
    }
    return FACTORY.createLineString(points);
  }

  private static Polygon polygon(JsonNode rings) {
    LinearRing[] all = each(
        rings,
        LinearRing[]::new,
        ring -> Rings.ring(each(ring, Coordinate[]::new, GeoJsonCodec::coordinate), FACTORY));
    if (all.length == 0) {
      return FACTORY.createPolygon();
    }
    LinearRing[] holes = Arrays.copyOfRange(all, 1, all.length);
    return FACTORY.createPolygon(all[0], holes);
  }

  private static Coordinate coordinate(JsonNode position) {
    if (!position.isArray()
        || position.size() < 2
        || !position.get(0).isNumber()
        || !position.get(1).isNumber()) {
      throw invalid("a position must be an array [lon, lat] of numbers, was " + position);
    }
    return new Coordinate(position.get(0).doubleValue(), position.get(1).doubleValue());
  }

  private static JsonNode array(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isArray()) {
      throw invalid(node.path("type").asText() + " needs an array \"" + field + "\"");
    }
    return value;
  }

  private static <T> T[] each(
      JsonNode array, IntFunction<T[]> create, Function<JsonNode, T> element) {
    if (!array.isArray()) {
      throw invalid("expected an array, was " + array);
    }
    T[] result = create.apply(array.size());
    for (int i = 0; i < result.length; i++) {
      result[i] = element.apply(array.get(i));
    }
    return result;
  }

  private static FormatException invalid(String message) {
    return FindingCode.GEOJSON_INVALID.exception("", message);
  }
}
