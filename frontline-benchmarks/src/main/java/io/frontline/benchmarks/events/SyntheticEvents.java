package io.frontline.benchmarks.events;

import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Synthetic events for the benchmark, seeded: each near a settlement drawn at random (a Gaussian offset of
 * {@code spread_km} around it), on a random day of {@code from..to}; a share of them month- or year-precise.
 * Held as plain arrays: the longitude, latitude and first and last epoch day of each event.
 */
public record SyntheticEvents(
    double[] lon, double[] lat, int[] firstDay, int[] lastDay, long seed) {
  public static SyntheticEvents generate(
      List<Place> settlements,
      int count,
      LocalDate from,
      LocalDate to,
      double monthShare,
      double yearShare,
      double spread_km,
      long seed) {
    Random random = new Random(seed);
    double[] lon = new double[count];
    double[] lat = new double[count];
    int[] first = new int[count];
    int[] last = new int[count];
    int days = (int) (to.toEpochDay() - from.toEpochDay() + 1);
    double spreadDeg = spread_km / 111.32;
    for (int i = 0; i < count; i++) {
      Place p = settlements.get(random.nextInt(settlements.size()));
      lat[i] = p.lat() + random.nextGaussian() * spreadDeg;
      lon[i] = p.lon() + random.nextGaussian() * spreadDeg / Math.cos(Math.toRadians(p.lat()));
      LocalDate day = from.plusDays(random.nextInt(days));
      double kind = random.nextDouble();
      LocalDate start = kind < yearShare
          ? day.withDayOfYear(1)
          : kind < yearShare + monthShare ? day.withDayOfMonth(1) : day;
      LocalDate end = kind < yearShare
          ? day.withDayOfYear(day.lengthOfYear())
          : kind < yearShare + monthShare ? day.withDayOfMonth(day.lengthOfMonth()) : day;
      first[i] = (int) start.toEpochDay();
      last[i] = (int) end.toEpochDay();
    }
    return new SyntheticEvents(lon, lat, first, last, seed);
  }

  public int size() {
    return lon.length;
  }

  /** The first {@code n} events. */
  public SyntheticEvents first(int n) {
    return new SyntheticEvents(
        java.util.Arrays.copyOf(lon, n),
        java.util.Arrays.copyOf(lat, n),
        java.util.Arrays.copyOf(firstDay, n),
        java.util.Arrays.copyOf(lastDay, n),
        seed);
  }
}
