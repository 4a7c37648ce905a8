package io.frontline.geometry;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** A polygon approximating the set of points within a geodesic distance of a centre, on WGS84. */
public final class GeodesicCircle {
  private GeodesicCircle() {}

  public static Polygon around(
      double lat, double lon, double radius_m, int segments, GeometryFactory factory) {
    if (!(radius_m > 0)) {
      throw new IllegalArgumentException("radius must be > 0 m, was " + radius_m);
    }
    Coordinate[] ring = new Coordinate[segments + 1];
    for (int i = 0; i < segments; i++) {
      GeodesicData d = Geodesic.WGS84.Direct(lat, lon, 360.0 * i / segments, radius_m);
      ring[segments - 1 - i] = new Coordinate(d.lon2, d.lat2);
    }
    ring[segments] = ring[0].copy();
    return factory.createPolygon(ring);
  }

  /** Geodesic distance in metres between two lon/lat points. */
  public static double distance_m(double lat1, double lon1, double lat2, double lon2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2).s12;
  }
}
