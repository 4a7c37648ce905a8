package io.frontline.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times operations on a warm JVM: warm-up runs first (not recorded), then timed runs, one sample each. Results are
 * kept in {@link #sink} so that the JIT cannot drop the work.
 */
public final class Stopwatch {
  private static volatile Object sink;

  private Stopwatch() {}

  /** Runs {@code work} {@code warmups} times untimed, then {@code runs} times timed. */
  public static Timing measure(String name, int warmups, int runs, Supplier<?> work) {
    for (int i = 0; i < warmups; i++) {
      sink = work.get();
    }
    List<Double> samples = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      samples.add(time(work));
    }
    return Timing.of(name, samples);
  }

  /** Milliseconds one run of {@code work} takes. */
  public static double time(Supplier<?> work) {
    long start = System.nanoTime();
    sink = work.get();
    return (System.nanoTime() - start) / 1e6;
  }
}
