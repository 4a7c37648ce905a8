package io.frontline.formats.validation;

import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;

/** A geometry read the other way round, lat as lon: how a swapped file would have looked written right. */
public final class Swap {
  private Swap() {}

  /** A copy with x and y exchanged; empty when an x is outside -90..90 and cannot be a latitude. */
  public static Optional<Geometry> of(Geometry geometry) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (Math.abs(c.x) > 90) {
        return Optional.empty();
      }
    }
    Geometry copy = geometry.copy();
    copy.apply((CoordinateFilter) c -> {
      double x = c.x;
      c.x = c.y;
      c.y = x;
    });
    copy.geometryChanged();
    return Optional.of(copy);
  }
}
