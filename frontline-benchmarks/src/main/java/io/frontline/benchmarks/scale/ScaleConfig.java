package io.frontline.benchmarks.scale;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Parameters of the synthetic scale scenario: the seed of its {@link java.util.Random}, how many place and area
 * observations to draw, their date range, the actors they name, and which gazetteer places are observed: the GeoNames
 * settlements of {@code countries} with at least {@code minPopulation} people. The bundled gazetteer holds GeoNames'
 * cities500 list (places of over 500 people, and seats of administration), where an unknown population is 0: a
 * minimum of 0 keeps every cities500 place.
 */
public record ScaleConfig(
    long seed,
    int placeObservations,
    int areaObservations,
    LocalDate from,
    LocalDate to,
    List<String> actors,
    Set<String> countries,
    long minPopulation) {

  public static final List<String> ACTORS =
      List.of("islamic-state", "iraq", "kurdistan", "syria", "sdf", "turkish-backed-opposition");
  public static final Set<String> COUNTRIES = Set.of("SY", "IQ", "TR", "JO");

  public ScaleConfig {
    if (placeObservations < 1 || areaObservations < 0) {
      throw new IllegalArgumentException(
          "observation counts must be >= 1 (places) and >= 0 (areas), were " + placeObservations
              + " and " + areaObservations);
    }
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("date range must run forward, was " + from + " to " + to);
    }
    if (actors.size() < 2 || minPopulation < 0) {
      throw new IllegalArgumentException(
          "the scenario needs at least 2 actors and a minimum population >= 0, had " + actors.size()
              + " and " + minPopulation);
    }
    actors = List.copyOf(actors);
    countries = Set.copyOf(countries);
  }

  /** The benchmark's scenario: every cities500 place, 100,000 place and 1,000 area observations over 2014-2018. */
  public static ScaleConfig standard(long seed) {
    return new ScaleConfig(
        seed,
        100_000,
        1_000,
        LocalDate.of(2014, 1, 1),
        LocalDate.of(2018, 12, 31),
        ACTORS,
        COUNTRIES,
        0);
  }

  public ScaleConfig withCounts(int places, int areas) {
    return new ScaleConfig(seed, places, areas, from, to, actors, countries, minPopulation);
  }

  public int days() {
    return (int) (to.toEpochDay() - from.toEpochDay() + 1);
  }
}
