package io.frontline.control;

import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Counts over the observations behind an index, computed once: how many begin by a date (binary search over sorted
 * start days), how many distinct places and drawn areas they speak of, and how many observed places got no zone
 * (a place outside every country outline, for instance), so figures can say so.
 */
public record ObservationStats(
    long[] startDays, int observedPlaces, int areaObservations, int placesWithoutZone) {
  static ObservationStats of(List<Observation> observations, List<Footprint> footprints) {
    long[] starts = observations.stream()
        .mapToLong(o -> o.statement().date().start().toEpochDay())
        .sorted()
        .toArray();
    long places = observations.stream()
        .map(o -> o.statement().subject())
        .filter(s -> s instanceof Subject.PlaceRef)
        .map(s -> ((Subject.PlaceRef) s).placeId())
        .distinct()
        .count();
    long areas = observations.stream()
        .filter(o -> o.statement().subject() instanceof Subject.Area)
        .count();
    long zoned = footprints.stream().filter(Footprint::isZone).count();
    return new ObservationStats(starts, (int) places, (int) areas, (int) (places - zoned));
  }

  /** Observations whose date has begun by {@code date}: the number of start days not after it. */
  public int begunBy(LocalDate date) {
    long day = date.toEpochDay();
    int lo = 0;
    int hi = startDays.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (startDays[mid] <= day) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationStats s
        && Arrays.equals(startDays, s.startDays)
        && observedPlaces == s.observedPlaces
        && areaObservations == s.areaObservations
        && placesWithoutZone == s.placesWithoutZone;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(startDays) * 31 + observedPlaces;
  }

  @Override
  public String toString() {
    return "ObservationStats[" + startDays.length + " observations, " + observedPlaces + " places, "
        + areaObservations + " areas, " + placesWithoutZone + " without zone]";
  }
}
