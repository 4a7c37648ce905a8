package io.frontline.benchmarks.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * Wall-clock and CPU time of repeated runs of one operation, on a warm JVM (warm-up runs not counted). The CPU time
 * of the measuring thread shows the work itself when other processes share the machine (the load average is in the
 * report); the wall-clock time is what a user waits on an idle machine.
 */
record RenderTiming(String name, double[] wall_ms, double[] cpu_ms) {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static volatile Object sink;

  RenderTiming {
    wall_ms = wall_ms.clone();
    cpu_ms = cpu_ms.clone();
    Arrays.sort(wall_ms);
    Arrays.sort(cpu_ms);
  }

  static RenderTiming measure(String name, int warmups, int runs, Supplier<?> work) {
    for (int i = 0; i < warmups; i++) {
      sink = work.get();
    }
    double[] wall = new double[runs];
    double[] cpu = new double[runs];
    for (int i = 0; i < runs; i++) {
      long c = THREADS.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      sink = work.get();
      wall[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (THREADS.getCurrentThreadCpuTime() - c) / 1e6;
    }
    return new RenderTiming(name, wall, cpu);
  }

  int runs() {
    return wall_ms.length;
  }

  double wallMedian() {
    return median(wall_ms);
  }

  double cpuMedian() {
    return median(cpu_ms);
  }

  double wallMin() {
    return wall_ms[0];
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
