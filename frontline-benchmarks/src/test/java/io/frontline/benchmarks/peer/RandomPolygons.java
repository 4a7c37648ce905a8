package io.frontline.benchmarks.peer;

import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;

/**
 * Seeded random polygons in the region (latitude 29-38, longitude 35-48): star-shaped around a centre, 5-40 vertices
 * at jittered bearings, 1 to 150 km across; one in four has a square hole around the centre.
 */
final class RandomPolygons {
  private RandomPolygons() {}

  static List<Geometry> inRegion(long seed, int count) {
    Random random = new Random(seed);
    List<Geometry> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(star(random));
    }
    return out;
  }

  private static Geometry star(Random random) {
    double lat = 29 + random.nextDouble() * 9;
    double lon = 35 + random.nextDouble() * 13;
    double radius_m = 500 + random.nextDouble() * 74_500;
    int n = 5 + random.nextInt(36);
    double[] bearings = new double[n];
    for (int i = 0; i < n; i++) {
      bearings[i] = (i + 0.8 * random.nextDouble()) * 360.0 / n;
    }
    LinearRing shell =
        Geometries.FACTORY.createLinearRing(ring(lat, lon, bearings, radius_m, 0.6, random));
    if (random.nextInt(4) > 0) {
      return Geometries.FACTORY.createPolygon(shell);
    }
    double[] square = {0, 90, 180, 270};
    LinearRing hole =
        Geometries.FACTORY.createLinearRing(ring(lat, lon, square, radius_m * 0.15, 1, random));
    return Geometries.FACTORY.createPolygon(shell, new LinearRing[] {hole});
  }

  /** A closed ring through the given bearings, each vertex at a random share (at least minShare) of the radius. */
  private static Coordinate[] ring(
      double lat, double lon, double[] bearings, double radius_m, double minShare, Random random) {
    Coordinate[] cs = new Coordinate[bearings.length + 1];
    for (int i = 0; i < bearings.length; i++) {
      double r = radius_m * (minShare + (1 - minShare) * random.nextDouble());
      GeodesicData d = Geodesic.WGS84.Direct(lat, lon, bearings[i], r);
      cs[i] = new Coordinate(d.lon2, d.lat2);
    }
    cs[bearings.length] = cs[0].copy();
    return cs;
  }
}
