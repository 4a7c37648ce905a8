package io.frontline.figures.calibration;

import io.frontline.figures.SeriesOp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * An actor's daily series over the calibration period with its area split per country, and the countries' areas:
 * everything a published figure is compared with.
 *
 * @param points the daily figures, one per day from the first
 * @param countryArea_km2 per country scope (Iraq, Syria), the daily area held inside it, aligned with {@code points}
 * @param countrySize_km2 per country scope, the country's whole area
 */
public record CalibrationSeries(
    List<SeriesOp.Point> points,
    Map<PublishedFigure.Scope, double[]> countryArea_km2,
    Map<PublishedFigure.Scope, Double> countrySize_km2) {
  public static final LocalDate FIRST = LocalDate.of(2014, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2019, 12, 31);

  public CalibrationSeries {
    points = List.copyOf(points);
    countryArea_km2 = Map.copyOf(countryArea_km2);
    countrySize_km2 = Map.copyOf(countrySize_km2);
    if (points.isEmpty()) {
      throw new IllegalArgumentException("a calibration series needs at least one day");
    }
    for (double[] a : countryArea_km2.values()) {
      if (a.length != points.size()) {
        throw new IllegalArgumentException(
            "country series must have " + points.size() + " days, had " + a.length);
      }
    }
  }

  public LocalDate first() {
    return points.get(0).date();
  }

  public LocalDate last() {
    return points.get(points.size() - 1).date();
  }

  /** The index of a day, clamped to the series. */
  public int index(LocalDate day) {
    long i = day.toEpochDay() - first().toEpochDay();
    return (int) Math.max(0, Math.min(points.size() - 1, i));
  }

  public SeriesOp.Point at(LocalDate day) {
    return points.get(index(day));
  }

  /** The area in a scope on the day at index {@code i}: the total, or the part inside one country. */
  public double area(PublishedFigure.Scope scope, int i) {
    return scope.iso2() == null ? points.get(i).area_km2() : countryArea_km2.get(scope)[i];
  }

  /** The low and high ends of the area in a scope (the band's fields for the total; one value per country). */
  public double[] areaRange(PublishedFigure.Scope scope, int i) {
    SeriesOp.Point p = points.get(i);
    return scope.iso2() == null
        ? new double[] {p.area_low_km2(), p.area_high_km2()}
        : new double[] {countryArea_km2.get(scope)[i], countryArea_km2.get(scope)[i]};
  }

  /** The mean of a value over the days from {@code a} to {@code b}. */
  public double mean(LocalDate a, LocalDate b, ToDoubleFunction<Integer> value) {
    int i = index(a);
    int j = index(b);
    double sum = 0;
    for (int k = i; k <= j; k++) {
      sum += value.applyAsDouble(k);
    }
    return sum / (j - i + 1);
  }

  /** The largest value over the days from {@code a} to {@code b}. */
  public double max(LocalDate a, LocalDate b, ToDoubleFunction<Integer> value) {
    double m = Double.NEGATIVE_INFINITY;
    for (int k = index(a); k <= index(b); k++) {
      m = Math.max(m, value.applyAsDouble(k));
    }
    return m;
  }

  /** The smallest value over the days from {@code a} to {@code b}. */
  public double min(LocalDate a, LocalDate b, ToDoubleFunction<Integer> value) {
    double m = Double.POSITIVE_INFINITY;
    for (int k = index(a); k <= index(b); k++) {
      m = Math.min(m, value.applyAsDouble(k));
    }
    return m;
  }
}
