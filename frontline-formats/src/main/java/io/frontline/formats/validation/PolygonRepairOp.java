package io.frontline.formats.validation;

import io.frontline.geometry.Geometries;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The unambiguous repairs of a polygonal geometry, on a copy: repeated consecutive vertices removed, exterior rings
 * made counter-clockwise and holes clockwise (the RFC 7946 right-hand rule). A ring left with fewer than 4 points is
 * refused. Anything else (self-intersection, overlapping shells) is left for the validity check to refuse.
 */
final class PolygonRepairOp {
  private int removedVertices;
  private int reorientedRings;

  /** The repaired geometry, with the counts of what was changed. */
  record Repair(Geometry geometry, int removedVertices, int reorientedRings) {}

  static Repair repair(Geometry polygonal) {
    PolygonRepairOp op = new PolygonRepairOp();
    Polygon[] polygons = new Polygon[polygonal.getNumGeometries()];
    for (int i = 0; i < polygons.length; i++) {
      polygons[i] = op.polygon((Polygon) polygonal.getGeometryN(i));
    }
    Geometry repaired = polygonal instanceof Polygon
        ? polygons[0]
        : Geometries.FACTORY.createMultiPolygon(polygons);
    return new Repair(repaired, op.removedVertices, op.reorientedRings);
  }

  private Polygon polygon(Polygon polygon) {
    LinearRing shell = ring(polygon.getExteriorRing(), true);
    LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
    for (int i = 0; i < holes.length; i++) {
      holes[i] = ring(polygon.getInteriorRingN(i), false);
    }
    return Geometries.FACTORY.createPolygon(shell, holes);
  }

  private LinearRing ring(LinearRing ring, boolean counterClockwise) {
    Coordinate[] points = CoordinateArrays.copyDeep(ring.getCoordinates());
    Coordinate[] distinct = CoordinateArrays.removeRepeatedPoints(points);
    removedVertices += points.length - distinct.length;
    if (distinct.length < 4) {
      throw Rings.tooShort(distinct);
    }
    if (Orientation.isCCWArea(distinct) != counterClockwise) {
      CoordinateArrays.reverse(distinct);
      reorientedRings++;
    }
    return Geometries.FACTORY.createLinearRing(distinct);
  }
}
