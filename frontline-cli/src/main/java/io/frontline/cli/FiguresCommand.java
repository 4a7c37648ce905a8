package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.figures.FigureQueries;
import io.frontline.app.figures.FiguresReport;
import io.frontline.cli.text.FiguresText;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Area, population, settlements and cities held per actor on a date. */
@Command(
    name = "figures",
    mixinStandardHelpOptions = true,
    description =
        "Area (geodesic km2), population, settlements and cities held per actor on a date, with the method.")
final class FiguresCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--date",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The date of the control map.")
  String date;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "Only this actor (id, name or alias such as ISIS).")
  String actor;

  @Option(names = "--json", description = "Print JSON (docs/schema/figures.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    LocalDate day = Dates.parse("--date", date);
    try (Workspace ws = Workspace.open(store)) {
      FiguresReport report =
          FigureQueries.figures(ws, day, Optional.ofNullable(actor), Optional.empty());
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(AppJson.pretty(report.toJson()));
      } else {
        FiguresText.print(out, report.figures(), report.actors());
      }
    }
    return ExitCode.OK;
  }
}
