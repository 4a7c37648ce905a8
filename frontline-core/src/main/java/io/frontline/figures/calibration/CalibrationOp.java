package io.frontline.figures.calibration;

import io.frontline.figures.calibration.PublishedFigure.Measure;
import io.frontline.figures.calibration.PublishedFigure.Scope;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Compares a series with published figures, each in its own terms: an area or a population with the figure of that
 * date (the mean over a month or a year, the largest value for a peak); a share lost since the peak with the series'
 * own loss since its largest value before that date, in percent; a share of a country held with the area held inside
 * that country over the country's area.
 */
public final class CalibrationOp {
  /** Area and population figures agree within this fraction of the published value. */
  public static final double AREA_TOLERANCE = 0.25;
  /** A peak population agrees within this factor of the published estimate. */
  public static final double PEAK_FACTOR = 1.5;
  /** A share lost agrees within this many percentage points. */
  public static final double SHARE_TOLERANCE_PP = 10;
  /** The area figures the test holds the series to are dated within these years. */
  public static final LocalDate TESTED_FROM = LocalDate.of(2015, 1, 1);

  public static final LocalDate TESTED_TO = LocalDate.of(2017, 12, 31);
  /** A peak population estimate is compared with the largest population up to this day (the 2014-2015 peak). */
  public static final LocalDate PEAK_POPULATION_TO = LocalDate.of(2015, 12, 31);

  private final CalibrationSeries series;

  public CalibrationOp(CalibrationSeries series) {
    this.series = series;
  }

  public List<Comparison> compare(List<PublishedFigure> figures) {
    return figures.stream().map(this::compare).toList();
  }

  public Comparison compare(PublishedFigure f) {
    Values v = values(f);
    LocalDate from = f.peak() ? CalibrationSeries.FIRST : f.firstDay();
    LocalDate to = peakPopulation(f) ? PEAK_POPULATION_TO : f.lastDay();
    double value = f.peak() ? series.max(from, to, v.value) : series.mean(from, to, v.value);
    double low = f.peak() ? series.max(from, to, v.low) : series.min(from, to, v.low);
    double high = series.max(from, to, v.high);
    double[] band = band(f);
    return new Comparison(
        f, value, Math.min(low, value), Math.max(high, value), band[0], band[1], tested(f));
  }

  /** Whether the test holds the series to this figure: areas of both countries from 2015 to 2017, peak populations. */
  public static boolean tested(PublishedFigure f) {
    boolean area = f.measure() == Measure.AREA_HELD
        && f.scope() == Scope.IRAQ_SYRIA
        && !f.peak()
        && !f.firstDay().isBefore(TESTED_FROM)
        && !f.lastDay().isAfter(TESTED_TO);
    return area || peakPopulation(f);
  }

  public static boolean peakPopulation(PublishedFigure f) {
    return f.measure() == Measure.POPULATION_HELD && f.peak();
  }

  /** The band of values that agree with a published figure. */
  public static double[] band(PublishedFigure f) {
    double x = f.value();
    if (f.measure() == Measure.SHARE_LOST_SINCE_PEAK) {
      return new double[] {x - SHARE_TOLERANCE_PP, x + SHARE_TOLERANCE_PP};
    }
    if (peakPopulation(f)) {
      return new double[] {x / PEAK_FACTOR, x * PEAK_FACTOR};
    }
    return new double[] {x * (1 - AREA_TOLERANCE), x * (1 + AREA_TOLERANCE)};
  }

  /** A figure's value per day and its low and high ends, by index into the series. */
  private record Values(
      ToDoubleFunction<Integer> value,
      ToDoubleFunction<Integer> low,
      ToDoubleFunction<Integer> high) {}

  private Values values(PublishedFigure f) {
    Scope s = f.scope();
    return switch (f.measure()) {
      case AREA_HELD ->
        new Values(
            i -> series.area(s, i), i -> series.areaRange(s, i)[0], i -> series.areaRange(s, i)[1]);
      case POPULATION_HELD ->
        new Values(
            i -> series.points().get(i).population(),
            i -> series.points().get(i).population_low(),
            i -> series.points().get(i).population_high());
      case SHARE_OF_COUNTRY_HELD -> {
        double size = series.countrySize_km2().get(s);
        yield new Values(
            i -> 100 * series.area(s, i) / size,
            i -> 100 * series.areaRange(s, i)[0] / size,
            i -> 100 * series.areaRange(s, i)[1] / size);
      }
      case SHARE_LOST_SINCE_PEAK -> {
        double peak = series.max(CalibrationSeries.FIRST, f.lastDay(), i -> series.area(s, i));
        yield new Values(
            i -> lost(series.area(s, i), peak),
            i -> lost(series.areaRange(s, i)[1], peak),
            i -> lost(series.areaRange(s, i)[0], peak));
      }
    };
  }

  private static double lost(double area, double peak) {
    return peak <= 0 ? 0 : 100 * (1 - area / peak);
  }
}
