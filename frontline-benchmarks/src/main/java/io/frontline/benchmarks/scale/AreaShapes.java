package io.frontline.benchmarks.scale;

import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicArea;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.geometry.Geometries;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.kdtree.KdNode;
import org.locationtech.jts.index.kdtree.KdTree;

/**
 * Drawn areas for the scale scenario, from real place coordinates: geodesic discs around a place, or convex hulls of
 * a place and its nearest neighbours. Every shape is a valid polygon 5 to 60 km across, inside {@code bounds}; hulls
 * of nearly aligned places (thinner than a tenth of the disc as wide) are refused.
 */
final class AreaShapes {
  static final double MIN_ACROSS_KM = 5;
  static final double MAX_ACROSS_KM = 60;
  private static final int DISC_SEGMENTS = 32;
  private final List<Place> places;
  private final KdTree tree = new KdTree();
  private final Envelope bounds;

  AreaShapes(List<Place> places, Envelope bounds) {
    this.places = places;
    this.bounds = bounds;
    places.forEach(p -> tree.insert(new Coordinate(p.lon(), p.lat()), p));
  }

  /** A disc of the given diameter around a place, if it fits the bounds. */
  Optional<Polygon> disc(Place centre, double across_km) {
    Polygon disc = GeodesicCircle.around(
        centre.lat(), centre.lon(), across_km * 500, DISC_SEGMENTS, Geometries.FACTORY);
    return fits(disc) ? Optional.of(disc) : Optional.empty();
  }

  /** The convex hull of {@code centre} and its {@code k - 1} nearest places, if it is 5-60 km across and fits. */
  Optional<Polygon> hull(Place centre, int k) {
    double deg = MAX_ACROSS_KM / 111.0;
    Envelope near = new Envelope(
        centre.lon() - deg, centre.lon() + deg, centre.lat() - deg, centre.lat() + deg);
    @SuppressWarnings("unchecked")
    List<KdNode> nodes = tree.query(near);
    List<Coordinate> nearest = nodes.stream()
        .map(KdNode::getCoordinate)
        .sorted(Comparator.comparingDouble(c -> km(centre, c)))
        .limit(k)
        .toList();
    if (nearest.size() < 3) {
      return Optional.empty();
    }
    Geometry hull = Geometries.FACTORY
        .createMultiPointFromCoords(nearest.toArray(Coordinate[]::new))
        .convexHull();
    if (!(hull instanceof Polygon polygon)) {
      return Optional.empty();
    }
    double across = across_km(polygon);
    boolean sized = across >= MIN_ACROSS_KM && across <= MAX_ACROSS_KM;
    boolean thick = GeodesicArea.km2(polygon) >= 0.1 * Math.PI / 4 * across * across;
    return sized && thick && fits(polygon) ? Optional.of(polygon) : Optional.empty();
  }

  /** The largest geodesic distance between two vertices of the shape. */
  static double across_km(Polygon polygon) {
    Coordinate[] cs = polygon.getExteriorRing().getCoordinates();
    double max = 0;
    for (int i = 0; i < cs.length; i++) {
      for (int j = i + 1; j < cs.length; j++) {
        max = Math.max(max, GeodesicCircle.distance_m(cs[i].y, cs[i].x, cs[j].y, cs[j].x) / 1000);
      }
    }
    return max;
  }

  private boolean fits(Polygon shape) {
    shape.setSRID(Geometries.WGS84);
    return shape.isValid() && bounds.contains(shape.getEnvelopeInternal());
  }

  private static double km(Place p, Coordinate c) {
    return GeodesicCircle.distance_m(p.lat(), p.lon(), c.y, c.x) / 1000;
  }

  List<Place> places() {
    return places;
  }
}
