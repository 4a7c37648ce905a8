package io.frontline.server.bench;

import java.util.Arrays;
import java.util.Locale;

/** Recorded latencies in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {
  private long[] values = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  synchronized double percentile_ms(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(values, size);
    Arrays.sort(sorted);
    int i = (int) Math.min(size - 1, Math.ceil(p / 100 * size) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }

  String summary() {
    return String.format(Locale.ROOT, "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms", count(),
        percentile_ms(50), percentile_ms(90), percentile_ms(99), percentile_ms(100));
  }
}
