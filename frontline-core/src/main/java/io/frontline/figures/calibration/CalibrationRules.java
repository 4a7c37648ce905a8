package io.frontline.figures.calibration;

import io.frontline.figures.SeriesOp;
import io.frontline.figures.calibration.PublishedFigure.Measure;
import io.frontline.figures.calibration.PublishedFigure.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules a series must keep to stay true to the published record, each a {@link Check} that says what it
 * measured: the area near every published area figure from 2015 to 2017, a steady fall from early 2015 to the end of
 * 2017, almost nothing left in late December 2017, nothing from 24 March 2019, and a peak population near the
 * published peak estimates.
 */
public final class CalibrationRules {
  /** The trailing window of the mean that must fall quarter after quarter. */
  public static final int MEAN_DAYS = 180;

  public static final LocalDate FALL_FROM = LocalDate.of(2015, 3, 31);
  public static final LocalDate FALL_TO = LocalDate.of(2017, 12, 31);
  public static final LocalDate LATE_2017_FROM = LocalDate.of(2017, 12, 21);
  public static final double LATE_2017_MAX_KM2 = 10_000;
  public static final LocalDate GONE_FROM = LocalDate.of(2019, 3, 24);
  public static final LocalDate PEAK_FROM = CalibrationSeries.FIRST;

  /** One rule's outcome. */
  public record Check(
      String name, String rule, boolean passed, List<String> failures, String measured) {
    public Check {
      failures = List.copyOf(failures);
    }
  }

  private CalibrationRules() {}

  public static List<Check> check(CalibrationSeries series, List<PublishedFigure> figures) {
    return List.of(
        areaBand(series, figures),
        falling(series),
        late2017(series),
        gone(series),
        peakPopulation(series, figures));
  }

  public static Check areaBand(CalibrationSeries series, List<PublishedFigure> figures) {
    CalibrationOp op = new CalibrationOp(series);
    List<String> failures = new ArrayList<>();
    int n = 0;
    for (PublishedFigure f : figures) {
      if (f.measure() == Measure.AREA_HELD && CalibrationOp.tested(f)) {
        n++;
        Comparison c = op.compare(f);
        if (!c.inBand()) {
          failures.add(String.format(
              Locale.ROOT,
              "%s %s: %,.0f km2 vs %,.0f published (ratio %.2f)",
              f.date(),
              f.saidBy(),
              c.frontline(),
              f.value(),
              c.ratio()));
        }
      }
    }
    return new Check(
        "area-band",
        String.format(
            Locale.ROOT,
            "Every published area of both countries dated from %s"
                + " to %s: Frontline's area (mean over a month, or its low-high range) within %.0f%% of it.",
            CalibrationOp.TESTED_FROM,
            CalibrationOp.TESTED_TO,
            CalibrationOp.AREA_TOLERANCE * 100),
        failures.isEmpty(),
        failures,
        (n - failures.size()) + " of " + n + " figures inside the band");
  }

  /** The mean area over the {@link #MEAN_DAYS} days ending at each quarter's end must be below the last one's. */
  public static Check falling(CalibrationSeries series) {
    List<String> failures = new ArrayList<>();
    StringBuilder measured = new StringBuilder();
    double previous = Double.NaN;
    LocalDate previousDay = null;
    for (LocalDate q = FALL_FROM;
        !q.isAfter(FALL_TO);
        q = q.plusDays(1).plusMonths(3).minusDays(1)) {
      LocalDate end = q;
      double mean = series.mean(
          q.minusDays(MEAN_DAYS - 1L), q, i -> series.points().get(i).area_km2());
      measured
          .append(measured.length() == 0 ? "" : ", ")
          .append(String.format(Locale.ROOT, "%s %,.0f", end, mean));
      if (!Double.isNaN(previous) && !(mean < previous)) {
        failures.add(String.format(
            Locale.ROOT,
            "%s: %,.0f km2, not below %,.0f on %s (%+.1f%%)",
            end,
            mean,
            previous,
            previousDay,
            100 * (mean / previous - 1)));
      }
      previous = mean;
      previousDay = end;
    }
    return new Check(
        "falling",
        String.format(
            Locale.ROOT,
            "The mean area over the %d days up to each quarter's last"
                + " day, from %s to %s, is lower than at the quarter before (strictly; single days may rise and fall).",
            MEAN_DAYS,
            FALL_FROM,
            FALL_TO),
        failures.isEmpty(),
        failures,
        "180-day means: " + measured);
  }

  public static Check late2017(CalibrationSeries series) {
    List<String> failures = new ArrayList<>();
    double max = 0;
    for (LocalDate d = LATE_2017_FROM; !d.isAfter(FALL_TO); d = d.plusDays(1)) {
      double a = series.at(d).area_km2();
      max = Math.max(max, a);
      if (a >= LATE_2017_MAX_KM2) {
        failures.add(String.format(Locale.ROOT, "%s: %,.0f km2", d, a));
      }
    }
    return new Check(
        "late-2017",
        String.format(
            Locale.ROOT,
            "Every day from %s to %s: area under %,.0f km2.",
            LATE_2017_FROM,
            FALL_TO,
            LATE_2017_MAX_KM2),
        failures.isEmpty(),
        summary(failures),
        String.format(Locale.ROOT, "largest %,.0f km2", max));
  }

  public static Check gone(CalibrationSeries series) {
    List<String> failures = new ArrayList<>();
    double max = 0;
    for (LocalDate d = GONE_FROM; !d.isAfter(series.last()); d = d.plusDays(1)) {
      double a = series.at(d).area_km2();
      max = Math.max(max, a);
      if (a > 0) {
        failures.add(String.format(Locale.ROOT, "%s: %,.1f km2", d, a));
      }
    }
    return new Check(
        "gone",
        "Every day from " + GONE_FROM + " to " + series.last() + ": no area held.",
        failures.isEmpty(),
        summary(failures),
        String.format(Locale.ROOT, "largest %,.1f km2", max));
  }

  public static Check peakPopulation(CalibrationSeries series, List<PublishedFigure> figures) {
    CalibrationOp op = new CalibrationOp(series);
    List<String> failures = new ArrayList<>();
    for (PublishedFigure f : figures) {
      if (CalibrationOp.peakPopulation(f) && f.scope() == Scope.IRAQ_SYRIA) {
        Comparison c = op.compare(f);
        if (!c.inBand()) {
          failures.add(
              String.format(Locale.ROOT, "%s %,.0f: ratio %.2f", f.saidBy(), f.value(), c.ratio()));
        }
      }
    }
    int at = series.index(PEAK_FROM);
    for (int i = at; i <= series.index(CalibrationOp.PEAK_POPULATION_TO); i++) {
      at = series.points().get(i).population() > series.points().get(at).population() ? i : at;
    }
    SeriesOp.Point p = series.points().get(at);
    return new Check(
        "peak-population",
        String.format(
            Locale.ROOT,
            "The largest population from %s to %s within a"
                + " factor %.1f of every published peak estimate.",
            PEAK_FROM,
            CalibrationOp.PEAK_POPULATION_TO,
            CalibrationOp.PEAK_FACTOR),
        failures.isEmpty(),
        failures,
        String.format(Locale.ROOT, "peak %,d people on %s", p.population(), p.date()));
  }

  /** The first and last failing days and how many: a long run of days is one line. */
  private static List<String> summary(List<String> failures) {
    if (failures.size() <= 3) {
      return failures;
    }
    return List.of(
        failures.get(0),
        "... " + (failures.size() - 2) + " more days ...",
        failures.get(failures.size() - 1));
  }
}
