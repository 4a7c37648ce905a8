package io.frontline.cli;

import java.util.function.Consumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress bars on stderr for work that may take over a second: shown on a terminal (or with FRONTLINE_PROGRESS=1),
 * silent in pipes and logs so output stays clean.
 */
final class Progress {
  private Progress() {}

  static boolean enabled() {
    return System.console() != null || "1".equals(System.getenv("FRONTLINE_PROGRESS"));
  }

  /** Runs a task of unknown length with a spinner-style bar. */
  static void run(String task, Runnable work) {
    if (!enabled()) {
      work.run();
      return;
    }
    try (ProgressBar bar = builder(task, -1).build()) {
      work.run();
      bar.stepTo(bar.getMax());
    }
  }

  /** Runs a task of {@code total} steps; the work reports its steps to the consumer. */
  static void steps(String task, long total, Consumer<Runnable> work) {
    if (!enabled()) {
      work.accept(() -> {});
      return;
    }
    try (ProgressBar bar = builder(task, total).build()) {
      work.accept(bar::step);
    }
  }

  private static ProgressBarBuilder builder(String task, long total) {
    return new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII)
        .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
        .setUpdateIntervalMillis(200);
  }
}
