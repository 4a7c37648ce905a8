package io.frontline.figures.calibration;

/**
 * A published figure beside Frontline's figure for the same date, scope and measure.
 *
 * @param frontline Frontline's figure in the published figure's unit (a mean over a month or year; the largest value
 *     for a peak)
 * @param low the low end of Frontline's range over the figure's period
 * @param high the high end of Frontline's range over the figure's period
 * @param bandLow the lowest value counted as agreeing with the published figure
 * @param bandHigh the highest value counted as agreeing with the published figure
 * @param tested whether {@code CalibrationRules} holds the series to this figure's band
 */
public record Comparison(
    PublishedFigure figure,
    double frontline,
    double low,
    double high,
    double bandLow,
    double bandHigh,
    boolean tested) {

  /** Frontline's figure over the published one (NaN when the published figure is 0). */
  public double ratio() {
    return figure.value() == 0 ? Double.NaN : frontline / figure.value();
  }

  /** Frontline's figure minus the published one, in its unit (percentage points for shares). */
  public double difference() {
    return frontline - figure.value();
  }

  /** Whether Frontline's range meets the band around the published figure. */
  public boolean inBand() {
    return high >= bandLow && low <= bandHigh;
  }
}
