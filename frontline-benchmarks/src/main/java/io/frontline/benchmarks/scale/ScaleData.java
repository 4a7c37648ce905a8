package io.frontline.benchmarks.scale;

import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import java.util.List;

/**
 * The synthetic scale scenario: the real gazetteer places it observes and the observations drawn for them (place
 * observations first, then area observations: {@code discs} geodesic discs and {@code hulls} convex hulls).
 * Benchmark data only: every source URL is under {@link ScaleGenerator#SYNTHETIC_HOST}.
 */
public record ScaleData(
    ScaleConfig config, List<Place> places, List<Observation> observations, int discs, int hulls) {

  public ScaleData {
    places = List.copyOf(places);
    observations = List.copyOf(observations);
  }

  public long placeObservations() {
    return observations.stream()
        .filter(o -> o.statement().subject() instanceof Subject.PlaceRef)
        .count();
  }

  public long areaObservations() {
    return observations.stream()
        .filter(o -> o.statement().subject() instanceof Subject.Area)
        .count();
  }
}
