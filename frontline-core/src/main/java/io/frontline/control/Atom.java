package io.frontline.control;

import java.time.LocalDate;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * A face of the arrangement of all footprints: ground covered by the same footprints everywhere, so one holding
 * applies to all of it. Its geodesic area is computed once.
 */
public record Atom(int id, Geometry geometry, double area_km2, Resolution resolution) {
  public Optional<Holding> at(LocalDate date) {
    return resolution.at(date);
  }
}
