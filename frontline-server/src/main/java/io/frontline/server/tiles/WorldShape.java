package io.frontline.server.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * A feature's geometry projected once into Web Mercator "world" units (x east and y south, both 0 to 1 over the
 * whole world), so that a tile needs only a scale and a shift per vertex. Rings and lines are flat arrays of x,y
 * pairs; a polygon is its exterior ring followed by its holes. Rings are stored without their closing point.
 */
record WorldShape(Kind kind, List<List<double[]>> polygons, List<double[]> lines, double[] points) {
  private static final double MAX_LAT = 85.0511287798;

  /** The kinds of geometry, with their MVT geometry type codes. */
  enum Kind {
    POINT(1),
    LINE(2),
    POLYGON(3);

    final int mvtType;

    Kind(int mvtType) {
      this.mvtType = mvtType;
    }
  }

  static WorldShape of(Geometry g) {
    if (g instanceof Polygonal) {
      List<List<double[]>> polygons = new ArrayList<>();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Polygon p = (Polygon) g.getGeometryN(i);
        List<double[]> rings = new ArrayList<>();
        rings.add(project(p.getExteriorRing().getCoordinateSequence(), true));
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          rings.add(project(p.getInteriorRingN(h).getCoordinateSequence(), true));
        }
        polygons.add(rings);
      }
      return new WorldShape(Kind.POLYGON, polygons, List.of(), null);
    }
    if (g instanceof Lineal) {
      List<double[]> lines = new ArrayList<>();
      for (int i = 0; i < g.getNumGeometries(); i++) {
        lines.add(project(((LineString) g.getGeometryN(i)).getCoordinateSequence(), false));
      }
      return new WorldShape(Kind.LINE, List.of(), lines, null);
    }
    if (g instanceof Puntal) {
      double[] xy = new double[g.getNumGeometries() * 2];
      for (int i = 0; i < g.getNumGeometries(); i++) {
        Point p = (Point) g.getGeometryN(i);
        xy[2 * i] = x(p.getX());
        xy[2 * i + 1] = y(p.getY());
      }
      return new WorldShape(Kind.POINT, List.of(), List.of(), xy);
    }
    throw new IllegalArgumentException(
        "a tile feature is a point, line or polygon, was " + g.getGeometryType());
  }

  private static double[] project(CoordinateSequence seq, boolean ring) {
    int n = ring && seq.size() > 1 ? seq.size() - 1 : seq.size();
    double[] xy = new double[n * 2];
    for (int i = 0; i < n; i++) {
      xy[2 * i] = x(seq.getX(i));
      xy[2 * i + 1] = y(seq.getY(i));
    }
    return xy;
  }

  static double x(double lon) {
    return (lon + 180) / 360;
  }

  static double y(double lat) {
    double rad = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
    return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2;
  }
}
