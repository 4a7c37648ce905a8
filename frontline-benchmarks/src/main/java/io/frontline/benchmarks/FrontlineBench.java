package io.frontline.benchmarks;

import io.frontline.figures.ChangesOp;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.figures.SeriesOp;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Measures Frontline on a built index, warm: the figures for one date (each of many spread dates timed once per
 * pass, after untimed warm-up passes), the daily series of the scenario's actor over its range, and optionally the
 * changes between two dates.
 */
public final class FrontlineBench {
  /** How much to measure: dates and passes for figures, warm-up and timed runs for the series and changes. */
  public record Plan(
      int figureDates,
      int warmupPasses,
      int timedPasses,
      int seriesWarmups,
      int seriesRuns,
      Optional<LocalDate[]> changes) {}

  /** The timings; {@code changes} is empty when the plan asks for none. */
  public record Results(Timing figures, Timing series, Optional<Timing> changes) {}

  private final Scenario scenario;
  private final FiguresOp figures;

  public FrontlineBench(Scenario scenario) {
    this.scenario = scenario;
    this.figures = new FiguresOp(
        scenario.index(),
        scenario.actors(),
        scenario.basemap(),
        FiguresConfig.DEFAULT,
        RecordTime.now());
  }

  public FiguresOp figuresOp() {
    return figures;
  }

  public Results run(Plan plan) {
    Timing oneDate = figures(plan);
    SeriesOp series = new SeriesOp(scenario.index());
    Timing daily = Stopwatch.measure(
        "series",
        plan.seriesWarmups(),
        plan.seriesRuns(),
        () -> series.series(scenario.seriesActor(), scenario.seriesFrom(), scenario.seriesTo()));
    Optional<Timing> changes = plan.changes().map(d -> {
      ChangesOp op = new ChangesOp(scenario.index(), figures);
      return Stopwatch.measure(
          "changes",
          plan.seriesWarmups() * 5,
          plan.seriesRuns() * 5,
          () -> op.changes(d[0], d[1], Optional.empty()));
    });
    return new Results(oneDate, daily, changes);
  }

  private Timing figures(Plan plan) {
    List<LocalDate> dates = scenario.spreadDates(plan.figureDates());
    for (int pass = 0; pass < plan.warmupPasses(); pass++) {
      dates.forEach(figures::figures);
    }
    List<Double> samples = new ArrayList<>();
    for (int pass = 0; pass < plan.timedPasses(); pass++) {
      for (LocalDate d : dates) {
        samples.add(Stopwatch.time(() -> figures.figures(d)));
      }
    }
    return Timing.of("figures", samples);
  }
}
