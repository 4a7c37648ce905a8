package io.frontline.benchmarks.server;

import java.util.Arrays;
import java.util.Locale;

/**
 * Recorded latencies in nanoseconds, each with the time its request was due (System.nanoTime), summarised as
 * percentiles in milliseconds; {@link #within} keeps those due in a window (such as while an import ran).
 */
final class Latencies {
  private long[] values = new long[1024];
  private long[] due = new long[1024];
  private int size;

  synchronized void add(long nanos) {
    add(System.nanoTime() - nanos, nanos);
  }

  synchronized void add(long dueAt, long nanos) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
      due = Arrays.copyOf(due, size * 2);
    }
    due[size] = dueAt;
    values[size++] = nanos;
  }

  synchronized int count() {
    return size;
  }

  /** The latencies of requests due from {@code from} (inclusive) to {@code to} (exclusive). */
  synchronized Latencies within(long from, long to) {
    Latencies out = new Latencies();
    for (int i = 0; i < size; i++) {
      if (due[i] >= from && due[i] < to) {
        out.add(due[i], values[i]);
      }
    }
    return out;
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
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms",
        count(),
        percentile_ms(50),
        percentile_ms(90),
        percentile_ms(99),
        percentile_ms(100));
  }
}
