package io.frontline.benchmarks;

import java.util.function.Supplier;

/** A value and the milliseconds it took to make, for one-off steps (loading, index builds). */
public record Timed<T>(T value, double ms) {
  public static <T> Timed<T> of(Supplier<T> work) {
    long start = System.nanoTime();
    T value = work.get();
    return new Timed<>(value, (System.nanoTime() - start) / 1e6);
  }
}
