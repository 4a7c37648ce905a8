package io.frontline.figures;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Reach;
import io.frontline.control.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Daily area, population and settlements held by one actor between two dates (inclusive). */
public final class SeriesOp {
  /** One day's figures. */
  public record Point(
      LocalDate date,
      double area_km2,
      double contested_km2,
      long population,
      int settlements,
      double area_low_km2,
      double area_high_km2,
      long population_low,
      long population_high) {}

  private final ControlIndex index;

  public SeriesOp(ControlIndex index) {
    this.index = index;
  }

  /**
   * One sweep over every atom's and site's holdings (not a map per day), each span asked once for the index's reach
   * and the cautious and generous ones: each span an actor holds adds its area, population and settlement from its
   * first day and takes them off at its end, and a running sum gives each day.
   * Areas are summed in whole square metres, so the sums are exact whatever the order.
   */
  public List<Point> series(String actorId, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("series end " + to + " is before its start " + from);
    }
    long first = from.toEpochDay();
    int days = Math.toIntExact(to.toEpochDay() - first + 1);
    long[] area = new long[days + 1];
    long[] contested = new long[days + 1];
    long[] population = new long[days + 1];
    long[] settlements = new long[days + 1];
    long[][] ranges = new long[4][days + 1];
    Reach low = index.zones().low();
    Reach high = index.zones().high();
    for (Atom atom : index.atoms()) {
      long m2 = Math.round(atom.area_km2() * 1e6);
      Reach own = atom.resolution().reach();
      atom.resolution().allSpans((h, start, end) -> {
        if (!speaksOf(h, actorId)) {
          return;
        }
        long held = Math.round(m2 * h.shareOf(actorId));
        if (own.counts(h)) {
          add(area, first, days, start, end, held);
          if (h.contestedBy(actorId)) {
            add(contested, first, days, start, end, m2);
          }
        }
        if (low.counts(h)) {
          add(ranges[0], first, days, start, end, held);
        }
        if (high.counts(h)) {
          add(ranges[1], first, days, start, end, held);
        }
      });
    }
    for (Site site : index.sites()) {
      Reach own = site.resolution().reach();
      site.resolution().allSpans((h, start, end) -> {
        if (!speaksOf(h, actorId)) {
          return;
        }
        double share = h.shareOf(actorId);
        long people = Math.round(site.population() * share);
        if (own.counts(h)) {
          add(population, first, days, start, end, people);
          add(settlements, first, days, start, end, share >= 0.5 ? 1 : 0);
        }
        if (low.counts(h)) {
          add(ranges[2], first, days, start, end, people);
        }
        if (high.counts(h)) {
          add(ranges[3], first, days, start, end, people);
        }
      });
    }
    return points(from, days, area, contested, population, settlements, ranges);
  }

  /** Whether the actor holds or contests the ground: else it adds nothing to any of its figures, in any reach. */
  private static boolean speaksOf(Holding h, String actorId) {
    return actorId.equals(h.holder()) || actorId.equals(h.other());
  }

  /** Adds {@code amount} to the days from {@code start} to {@code end} (epoch days) that fall in the series. */
  private static void add(long[] deltas, long first, int days, long start, long end, long amount) {
    if (amount == 0) {
      return;
    }
    long a = Math.max(start, first) - first;
    long b = end >= first + days ? days : end - first;
    if (a < b) {
      deltas[(int) a] += amount;
      deltas[(int) b] -= amount;
    }
  }

  private static List<Point> points(
      LocalDate from,
      int days,
      long[] area,
      long[] contested,
      long[] population,
      long[] settlements,
      long[][] ranges) {
    List<Point> points = new ArrayList<>(days);
    long a = 0;
    long c = 0;
    long p = 0;
    long s = 0;
    long[] r = new long[4];
    for (int i = 0; i < days; i++) {
      a += area[i];
      c += contested[i];
      p += population[i];
      s += settlements[i];
      for (int k = 0; k < 4; k++) {
        r[k] += ranges[k][i];
      }
      double km2 = Math.round(a / 1e5) / 10.0;
      points.add(new Point(
          from.plusDays(i),
          km2,
          Math.round(c / 1e5) / 10.0,
          p,
          (int) s,
          Math.min(km2, Math.round(r[0] / 1e5) / 10.0),
          Math.max(km2, Math.round(r[1] / 1e5) / 10.0),
          Math.min(p, r[2]),
          Math.max(p, r[3])));
    }
    return points;
  }
}
