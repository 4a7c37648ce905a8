package io.frontline.benchmarks;

import io.frontline.benchmarks.peer.PeerFigures;
import io.frontline.benchmarks.peer.PostgisPeer;
import io.frontline.figures.FiguresOp;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs one scenario: Frontline's benchmark, then (with a peer) the load, the agreement check and the peer's timings. */
public final class ScenarioRun {
  /** What to measure on the peer: agreement dates, timed dates and runs, and the days of the series loop. */
  public record PeerPlan(
      List<LocalDate> agreementDates,
      List<LocalDate> timedDates,
      int warmups,
      int runs,
      int seriesDays) {}

  private final PrintStream log;

  public ScenarioRun(PrintStream log) {
    this.log = log;
  }

  public ScenarioReport run(
      Scenario scenario, FrontlineBench.Plan plan, Optional<PostgisPeer> peer, PeerPlan peerPlan) {
    log.printf("%n== %s: %s%n", scenario.name(), scenario.description());
    log.printf(
        "index: %,d footprints, %,d atoms, %,d settlements; built in %.0f ms%n",
        scenario.index().footprints().size(),
        scenario.index().atoms().size(),
        scenario.index().sites().size(),
        scenario.build_ms());
    FrontlineBench bench = new FrontlineBench(scenario);
    FrontlineBench.Results results = bench.run(plan);
    log.println("frontline " + results.figures());
    log.println("frontline " + results.series());
    results.changes().ifPresent(c -> log.println("frontline " + c));
    Optional<ScenarioReport.Peer> peerReport =
        peer.map(p -> peer(scenario, bench.figuresOp(), p, peerPlan));
    return new ScenarioReport(scenario, results, peerReport);
  }

  private ScenarioReport.Peer peer(
      Scenario scenario, FiguresOp figures, PostgisPeer peer, PeerPlan plan) {
    Timed<Boolean> loaded = Timed.of(() -> {
      peer.load(scenario.index(), scenario.gazetteer());
      return true;
    });
    log.printf("peer: loaded in %.0f ms%n", loaded.ms());
    Agreement agreement = agreement(scenario, figures, peer, plan.agreementDates());
    PeerBench bench = new PeerBench(peer, scenario);
    Timing oneDate = bench.oneDate(plan.timedDates(), plan.warmups(), plan.runs());
    log.println(oneDate);
    PeerBench.SeriesTiming series = bench.series(plan.seriesDays());
    log.printf(
        "peer series: %.0f ms over %d days%s (%s)%n",
        series.total_ms(),
        series.daysInRange(),
        series.extrapolated() ? ", extrapolated from " + series.daysTimed() + " spread days" : "",
        series.perDay());
    return new ScenarioReport.Peer(
        loaded.ms(), oneDate, plan.timedDates().size(), series, agreement);
  }

  private Agreement agreement(
      Scenario scenario, FiguresOp figures, PostgisPeer peer, List<LocalDate> dates) {
    List<Agreement.Line> lines = new ArrayList<>();
    log.println(
        "agreement (date, actor, Frontline km2 unrounded, PostGIS km2, relative difference; contested;"
            + " population; settlements):");
    for (LocalDate d : dates) {
      PeerFigures p = peer.figures(d);
      for (Agreement.Line line : Agreement.compare(scenario.index(), figures.figures(d), p)) {
        log.println("  " + line);
        lines.add(line);
      }
    }
    Agreement agreement = new Agreement(lines, 0.001);
    log.printf(
        "agreement: largest relative area difference %.5f%%, %d of %d lines outside 0.1%% or unequal"
            + " population/settlements%n",
        agreement.maxAreaDifference() * 100, agreement.disagreements(), lines.size());
    return agreement;
  }
}
