package io.frontline.formats.kml;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.formats.validation.Rings;
import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * KML geometries to JTS: Point, LineString, LinearRing, Polygon (outerBoundaryIs, innerBoundaryIs) and MultiGeometry
 * (a MultiPolygon when all its parts are polygons, likewise for points and lines, else a GeometryCollection).
 * Coordinates are whitespace-separated "lon,lat[,alt]" tuples; the altitude is dropped.
 */
final class KmlGeometryParser {
  static final Set<String> GEOMETRIES = Set.of(
      "Point",
      "LineString",
      "LinearRing",
      "Polygon",
      "MultiGeometry",
      "MultiTrack",
      "Track",
      "Model");
  private static final GeometryFactory FACTORY = Geometries.FACTORY;
  private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private KmlGeometryParser() {}

  static Geometry parse(KmlNode node) {
    return switch (node.name()) {
      case "Point" -> point(node);
      case "LineString" -> lineString(node);
      case "LinearRing" -> ring(node);
      case "Polygon" -> polygon(node);
      case "MultiGeometry" -> multi(node);
      default -> throw invalid("unsupported KML geometry <" + node.name() + ">");
    };
  }

  private static Point point(KmlNode node) {
    Coordinate[] points = coordinates(node);
    if (points.length != 1) {
      throw invalid("a Point needs exactly one coordinate tuple, has " + points.length);
    }
    return FACTORY.createPoint(points[0]);
  }

  private static LineString lineString(KmlNode node) {
    Coordinate[] points = coordinates(node);
    if (points.length < 2) {
      throw invalid("a LineString needs at least 2 coordinate tuples, has " + points.length);
    }
    return FACTORY.createLineString(points);
  }

  private static LinearRing ring(KmlNode node) {
    return Rings.ring(coordinates(node), FACTORY);
  }

  private static Polygon polygon(KmlNode node) {
    KmlNode outer = node.child("outerBoundaryIs")
        .flatMap(b -> b.child("LinearRing"))
        .orElseThrow(() -> invalid("a Polygon needs <outerBoundaryIs><LinearRing>"));
    List<LinearRing> holes = new ArrayList<>();
    for (KmlNode inner : node.all("innerBoundaryIs")) {
      inner.all("LinearRing").forEach(r -> holes.add(ring(r)));
    }
    return FACTORY.createPolygon(ring(outer), holes.toArray(LinearRing[]::new));
  }

  private static Geometry multi(KmlNode node) {
    List<Geometry> parts = new ArrayList<>();
    for (KmlNode child : node.children()) {
      if (GEOMETRIES.contains(child.name())) {
        Geometry part = parse(child);
        for (int i = 0; i < part.getNumGeometries(); i++) {
          parts.add(part.getGeometryN(i));
        }
      }
    }
    if (!parts.isEmpty() && parts.stream().allMatch(Polygon.class::isInstance)) {
      return FACTORY.createMultiPolygon(parts.toArray(Polygon[]::new));
    }
    if (!parts.isEmpty() && parts.stream().allMatch(Point.class::isInstance)) {
      return FACTORY.createMultiPoint(parts.toArray(Point[]::new));
    }
    if (!parts.isEmpty() && parts.stream().allMatch(g -> g.getClass() == LineString.class)) {
      return FACTORY.createMultiLineString(parts.toArray(LineString[]::new));
    }
    return FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
  }

  private static Coordinate[] coordinates(KmlNode node) {
    String text = COMMA.matcher(node.childText("coordinates")).replaceAll(",");
    if (text.isEmpty()) {
      return new Coordinate[0];
    }
    String[] tuples = SPACE.split(text);
    Coordinate[] points = new Coordinate[tuples.length];
    for (int i = 0; i < tuples.length; i++) {
      points[i] = tuple(tuples[i]);
    }
    return points;
  }

  private static Coordinate tuple(String tuple) {
    String[] parts = tuple.split(",", -1);
    if (parts.length < 2 || parts.length > 3) {
      throw invalid("malformed coordinate tuple " + Quoted.of(tuple) + " (expected lon,lat[,alt])");
    }
    try {
      return new Coordinate(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]));
    } catch (NumberFormatException e) {
      throw invalid(
          "malformed coordinate tuple " + Quoted.of(tuple) + " (expected numbers lon,lat[,alt])");
    }
  }

  private static FormatException invalid(String message) {
    return FindingCode.KML_INVALID.exception("", message);
  }
}
