package io.frontline.figures.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.frontline.figures.SeriesOp;
import io.frontline.figures.calibration.PublishedFigure.Measure;
import io.frontline.figures.calibration.PublishedFigure.Precision;
import io.frontline.figures.calibration.PublishedFigure.Scope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Published figures meet a series in their own terms: areas by day or month, shares lost, shares of a country. */
class CalibrationOpTest {
  private static final LocalDate PEAK = LocalDate.of(2015, 1, 1);

  /** 2014: rising to 100,000 km2 on 2015-01-01 (a quarter in Iraq), then falling by 100 km2 a day to nothing. */
  private static CalibrationSeries series() {
    List<SeriesOp.Point> points = new ArrayList<>();
    int days =
        (int) (CalibrationSeries.LAST.toEpochDay() - CalibrationSeries.FIRST.toEpochDay() + 1);
    double[] iraq = new double[days];
    for (int i = 0; i < days; i++) {
      LocalDate d = CalibrationSeries.FIRST.plusDays(i);
      long fromPeak = d.toEpochDay() - PEAK.toEpochDay();
      double area = fromPeak <= 0
          ? 100_000.0 * i / (PEAK.toEpochDay() - CalibrationSeries.FIRST.toEpochDay())
          : Math.max(0, 100_000 - 100.0 * fromPeak);
      long people = Math.round(area * 100);
      points.add(new SeriesOp.Point(d, area, 0, people, 1, area * 0.9, area * 1.1, people, people));
      iraq[i] = area / 4;
    }
    return new CalibrationSeries(
        points,
        Map.of(Scope.IRAQ, iraq, Scope.SYRIA, new double[days]),
        Map.of(Scope.IRAQ, 400_000.0, Scope.SYRIA, 180_000.0));
  }

  private static PublishedFigure figure(
      String date, Precision p, Scope s, Measure m, double value) {
    return new PublishedFigure(date, p, s, m, value, "", "Someone", "https://example.org/", "");
  }

  @Test
  void anAreaOfADayMeetsThatDaysAreaAndItsRange() {
    Comparison c = new CalibrationOp(series())
        .compare(figure("2016-01-01", Precision.DAY, Scope.IRAQ_SYRIA, Measure.AREA_HELD, 90_000));
    assertThat(c.frontline()).isCloseTo(100_000 - 100 * 365, within(1e-6));
    assertThat(c.low()).isCloseTo(c.frontline() * 0.9, within(1e-6));
    assertThat(c.ratio()).isCloseTo(63_500 / 90_000.0, within(1e-9));
    assertThat(c.inBand()).isTrue();
    assertThat(c.tested()).isTrue();
  }

  @Test
  void aMonthIsComparedWithItsMeanAndAPeakWithTheLargestValue() {
    CalibrationOp op = new CalibrationOp(series());
    Comparison month =
        op.compare(figure("2015-02", Precision.MONTH, Scope.IRAQ_SYRIA, Measure.AREA_HELD, 1));
    assertThat(month.frontline()).isCloseTo(100_000 - 100 * (31 + 13.5), within(1e-6));
    Comparison peak = op.compare(
        figure("2016-07", Precision.PEAK, Scope.IRAQ_SYRIA, Measure.POPULATION_HELD, 10_000_000));
    assertThat(peak.frontline()).isEqualTo(10_000_000);
    assertThat(peak.tested()).isTrue();
  }

  @Test
  void aShareLostIsTheSeriesOwnLossSinceItsPeakInPercentagePoints() {
    Comparison c = new CalibrationOp(series())
        .compare(
            figure("2016-01-01", Precision.DAY, Scope.IRAQ, Measure.SHARE_LOST_SINCE_PEAK, 30));
    assertThat(c.frontline()).isCloseTo(36.5, within(1e-6));
    assertThat(c.difference()).isCloseTo(6.5, within(1e-6));
    assertThat(c.inBand()).isTrue();
    assertThat(new CalibrationOp(series())
            .compare(
                figure("2016-01-01", Precision.DAY, Scope.IRAQ, Measure.SHARE_LOST_SINCE_PEAK, 50))
            .inBand())
        .isFalse();
  }

  @Test
  void aShareOfACountryIsTheAreaInsideItOverItsSize() {
    Comparison c = new CalibrationOp(series())
        .compare(
            figure("2015-01-01", Precision.DAY, Scope.IRAQ, Measure.SHARE_OF_COUNTRY_HELD, 6.25));
    assertThat(c.frontline()).isCloseTo(6.25, within(1e-9));
    assertThatThrownBy(() ->
            figure("2015-01-01", Precision.DAY, Scope.IRAQ_SYRIA, Measure.SHARE_OF_COUNTRY_HELD, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one country");
  }

  @Test
  void theRulesSeeASteadyFallButNotWhatIsLeftIn2019() {
    CalibrationSeries s = series();
    assertThat(CalibrationRules.falling(s).passed()).isTrue();
    assertThat(CalibrationRules.late2017(s).passed()).isTrue();
    assertThat(CalibrationRules.gone(s).passed()).isTrue();
    List<SeriesOp.Point> held = new ArrayList<>(s.points());
    int i = s.index(LocalDate.of(2019, 6, 1));
    held.set(i, new SeriesOp.Point(held.get(i).date(), 5, 0, 0, 0, 5, 5, 0, 0));
    CalibrationSeries left = new CalibrationSeries(held, s.countryArea_km2(), s.countrySize_km2());
    assertThat(CalibrationRules.gone(left).passed()).isFalse();
    assertThat(CalibrationRules.gone(left).failures()).containsExactly("2019-06-01: 5.0 km2");
  }

  @Test
  void aDateMustBeADayAMonthOrAYear() {
    assertThatThrownBy(
            () -> figure("2015-1", Precision.MONTH, Scope.IRAQ_SYRIA, Measure.AREA_HELD, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was '2015-1'");
    assertThat(figure("2014", Precision.YEAR, Scope.IRAQ_SYRIA, Measure.AREA_HELD, 1)
            .lastDay())
        .isEqualTo(LocalDate.of(2014, 12, 31));
  }
}
