package io.frontline.benchmarks;

import io.frontline.benchmarks.peer.PostgisPeer;
import io.frontline.benchmarks.scale.ScaleConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark run (tools/bench.sh): the Islamic State scenario and the synthetic scale scenario, each measured in
 * Frontline and, with {@code --pg-url}, in the PostGIS peer on the same observations in the same run; then the
 * results table. Exit code 0 when the peer agrees with Frontline on the IS scenario, 1 when it does not, 2 on bad
 * usage.
 */
public final class BenchMain {
  private static final List<LocalDate> AGREEMENT_DATES = List.of(
      LocalDate.of(2014, 6, 15),
      LocalDate.of(2015, 6, 1),
      LocalDate.of(2016, 2, 1),
      LocalDate.of(2017, 6, 5),
      LocalDate.of(2018, 6, 1),
      LocalDate.of(2019, 3, 23));
  private static final List<LocalDate> TIMED_DATES =
      List.of(LocalDate.of(2015, 6, 1), LocalDate.of(2016, 2, 1), LocalDate.of(2017, 6, 5));

  private BenchMain() {}

  public static void main(String[] args) {
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    BenchOptions options;
    try {
      options = BenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    System.exit(run(options, System.out) ? 0 : 1);
  }

  /** Runs both scenarios and prints the results; true when the peer (if any) agrees on the IS scenario. */
  public static boolean run(BenchOptions options, PrintStream log) {
    Optional<PostgisPeer> peer = options.pgUrl().map(PostgisPeer::connect);
    try {
      Machine machine = Machine.current(peer.map(PostgisPeer::version));
      log.println("machine: " + machine.describe());
      log.println("scale scenario seed: " + options.seed());
      List<ScenarioReport> reports = new ArrayList<>();
      ScenarioRun run = new ScenarioRun(log);
      reports.add(run.run(
          IslamicStateSetup.load(),
          isPlan(),
          peer,
          new ScenarioRun.PeerPlan(
              AGREEMENT_DATES, TIMED_DATES, 2, 5, options.isPeerSeriesDays())));
      ScaleConfig scale = ScaleConfig.standard(options.seed())
          .withCounts(options.scaleObservations(), options.scaleAreas());
      reports.add(run.run(
          ScaleSetup.build(scale).scenario(),
          scalePlan(),
          peer,
          new ScenarioRun.PeerPlan(TIMED_DATES, TIMED_DATES, 1, 3, options.scalePeerSeriesDays())));
      String table = new ResultsTable(machine, reports, Machine.loadAverage()).markdown();
      log.println();
      log.println(table);
      options.out().ifPresent(path -> write(path, table));
      return reports.get(0).peer().map(p -> p.agreement().agrees()).orElse(true);
    } finally {
      peer.ifPresent(PostgisPeer::close);
    }
  }

  /** IS: 200 dates, 2 warm-up and 3 timed passes; series 3 + 10 runs; changes 2016-02-01 to 2017-06-05. */
  private static FrontlineBench.Plan isPlan() {
    return new FrontlineBench.Plan(200, 2, 3, 3, 10, Optional.of(new LocalDate[] {
      LocalDate.of(2016, 2, 1), LocalDate.of(2017, 6, 5)
    }));
  }

  /** Scale: 100 dates, 1 warm-up and 2 timed passes; series 1 + 3 runs. */
  private static FrontlineBench.Plan scalePlan() {
    return new FrontlineBench.Plan(100, 1, 2, 1, 3, Optional.empty());
  }

  private static void write(Path path, String table) {
    try {
      if (path.toAbsolutePath().getParent() != null) {
        Files.createDirectories(path.toAbsolutePath().getParent());
      }
      Files.writeString(path, table);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the results to " + path, e);
    }
  }
}
