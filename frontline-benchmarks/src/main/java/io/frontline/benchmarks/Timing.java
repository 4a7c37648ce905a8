package io.frontline.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Measured wall-clock times of one operation, in milliseconds, one sample per timed run (warm-up runs excluded).
 * The median and the 95th percentile (nearest rank) are what the results report.
 */
public record Timing(String name, double[] samples_ms) {
  public Timing {
    if (samples_ms.length == 0) {
      throw new IllegalArgumentException(
          "a timing needs at least one sample, " + name + " has none");
    }
    samples_ms = samples_ms.clone();
    Arrays.sort(samples_ms);
  }

  public static Timing of(String name, List<Double> samples_ms) {
    return new Timing(name, samples_ms.stream().mapToDouble(Double::doubleValue).toArray());
  }

  public double median_ms() {
    int n = samples_ms.length;
    return n % 2 == 1 ? samples_ms[n / 2] : (samples_ms[n / 2 - 1] + samples_ms[n / 2]) / 2;
  }

  /** The nearest-rank 95th percentile. */
  public double p95_ms() {
    int rank = (int) Math.ceil(0.95 * samples_ms.length);
    return samples_ms[Math.max(0, rank - 1)];
  }

  public double min_ms() {
    return samples_ms[0];
  }

  public int runs() {
    return samples_ms.length;
  }

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "%s: median %.2f ms, p95 %.2f ms, min %.2f ms over %d runs",
        name,
        median_ms(),
        p95_ms(),
        min_ms(),
        runs());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Timing t && t.name.equals(name) && Arrays.equals(t.samples_ms, samples_ms);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(samples_ms);
  }
}
