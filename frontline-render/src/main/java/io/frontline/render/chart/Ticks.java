package io.frontline.render.chart;

import java.util.ArrayList;
import java.util.List;

/** Round axis ticks: 0 to a round maximum above the data, in steps of 1, 2 or 5 times a power of ten. */
public final class Ticks {
  private Ticks() {}

  /** Ticks from 0 covering {@code max}, about {@code wanted} of them. */
  public static List<Double> upTo(double max, int wanted) {
    double top = max > 0 ? max : 1;
    double raw = top / Math.max(1, wanted);
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = magnitude;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw) {
        step = m * magnitude;
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (double t = 0; t < top + step * 0.999; t += step) {
      out.add(t);
    }
    return out;
  }
}
