package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.View;
import io.frontline.app.figures.ChangesReport;
import io.frontline.app.figures.FigureQueries;
import io.frontline.cli.text.ChangesText;
import io.frontline.refusals.Refusal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What changed hands between two dates. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    description =
        "Ground gained and lost per actor between two dates, the from-to transfers, and the settlements"
            + " that changed hands with the date and source of each change.")
final class ChangesCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The first date.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The second date.")
  String to;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "Only what this actor gained or lost.")
  String actor;

  @Option(
      names = "--limit",
      defaultValue = "25",
      paramLabel = "N",
      description =
          "Settlements listed in text output (default: ${DEFAULT-VALUE}; JSON lists all).")
  int limit;

  @Option(names = "--json", description = "Print JSON (docs/schema/changes.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    if (limit < 0) {
      throw Refusal.badInput("limit", "${limit} must be 0 or more, was " + limit);
    }
    LocalDate a = Dates.parse("--from", from);
    LocalDate b = Dates.parse("--to", to);
    View.checkOrder(a, b, false);
    try (Workspace ws = Workspace.open(store)) {
      ChangesReport report =
          FigureQueries.changes(ws, a, b, Optional.ofNullable(actor), Optional.empty());
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(AppJson.pretty(report.toJson()));
      } else {
        new ChangesText(ws.actors()).print(out, report.changes(), limit);
      }
    }
    return ExitCode.OK;
  }
}
