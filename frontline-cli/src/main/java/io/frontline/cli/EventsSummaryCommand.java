package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.events.EventQueries;
import io.frontline.app.events.EventSummary;
import io.frontline.cli.text.Table;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Events and fatalities per month inside each actor's ground and on its front lines. */
@Command(
    name = "summary",
    mixinStandardHelpOptions = true,
    description = {
      "Per actor and month, the events and their fatalities inside the actor's ground and on its front"
          + " lines (within --front-km of ground whose holder changed that month, the actor gaining or losing it).",
      "A year-precise event is in no month: it counts under its year."
    })
final class EventsSummaryCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The first day.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The last day, included.")
  String to;

  @Option(
      names = "--front-km",
      defaultValue = "10",
      paramLabel = "KM",
      description = "How near a change of holder an event must be to count on a front line"
          + " (default: ${DEFAULT-VALUE}).")
  double frontKm;

  @Option(names = "--json", description = "Print JSON (docs/schema/event-summary.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    LocalDate a = Dates.parse("--from", from);
    LocalDate b = Dates.parse("--to", to);
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = Workspace.open(store)) {
      EventSummary summary = EventQueries.summary(ws, a, b, frontKm);
      if (json) {
        out.println(AppJson.pretty(summary.toJson()));
      } else {
        print(out, summary);
      }
    }
    return ExitCode.OK;
  }

  static void print(PrintWriter out, EventSummary s) {
    out.printf(
        Locale.US,
        "%,d events from %s to %s (%,d year-precise, %,d located too coarsely to count); front"
            + " lines within %s km.%n",
        s.events(),
        s.from(),
        s.to(),
        s.yearPrecise(),
        s.noPoint(),
        java.math.BigDecimal.valueOf(s.frontKm()).stripTrailingZeros().toPlainString());
    Table table = new Table(
            "Actor",
            "Period",
            "Events inside",
            "Fatalities inside",
            "Events on front",
            "Fatalities on front")
        .numeric(2, 3, 4, 5);
    for (EventSummary.Row r : s.rows()) {
      table.row(
          r.actor(),
          r.period(),
          Table.count(r.territoryEvents()),
          Table.count(r.territoryFatalities()),
          Table.count(r.frontEvents()),
          Table.count(r.frontFatalities()));
    }
    table.print(out, "  ");
    out.println(EventSummary.NOTE);
    s.credits().forEach(c -> out.println("Data: " + c + "."));
  }
}
