package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.View;
import io.frontline.app.figures.FigureQueries;
import io.frontline.app.figures.SeriesReport;
import io.frontline.refusals.Refusal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Daily area and population held by one actor. */
@Command(
    name = "series",
    mixinStandardHelpOptions = true,
    description =
        "Daily area (km2), contested area, population and settlements held by an actor between two dates.")
final class SeriesCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "Last day (inclusive).")
  String to;

  @Option(names = "--actor", required = true, paramLabel = "ACTOR", description = "The actor.")
  String actor;

  @Option(names = "--json", description = "Print JSON (docs/schema/series.schema.json).")
  boolean json;

  @Option(
      names = "--csv",
      description = "Print CSV: date,area_km2,contested_km2,population,settlements.")
  boolean csv;

  @Override
  public Integer call() {
    LocalDate a = Dates.parse("--from", from);
    LocalDate b = Dates.parse("--to", to);
    View.checkOrder(a, b, true);
    if (json && csv) {
      throw Refusal.badInput(null, "choose one of --json and --csv");
    }
    try (Workspace ws = Workspace.open(store)) {
      SeriesReport report = FigureQueries.series(ws, actor, a, b, 1);
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(AppJson.pretty(report.toJson()));
      } else {
        out.println("date,area_km2,contested_km2,population,settlements");
        report
            .points()
            .forEach(p -> out.println(String.format(
                Locale.ROOT,
                "%s,%.1f,%.1f,%d,%d",
                p.date(),
                p.area_km2(),
                p.contested_km2(),
                p.population(),
                p.settlements())));
      }
    }
    return ExitCode.OK;
  }
}
