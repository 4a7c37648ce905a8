package io.frontline.control;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A piece of ground that observations speak of: a place's zone ({@code placeId} > 0, with that place's
 * {@code population}) or a drawn area ({@code placeId} 0), with the candidates its observations give.
 */
public record Footprint(
    String key, long placeId, long population, Geometry geometry, List<Candidate> candidates) {
  public Footprint {
    candidates = List.copyOf(candidates);
  }

  public boolean isZone() {
    return placeId > 0;
  }
}
