package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.events.EventGround;
import io.frontline.app.events.EventQueries;
import io.frontline.app.events.EventsReport;
import io.frontline.cli.text.Table;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The events of a date range and whose ground each was on; its subcommands import and summarise events. */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    subcommands = {EventsImportCommand.class, EventsSummaryCommand.class},
    description = {
      "List the conflict events from --from to --to with whose ground each was on that day (the holder"
          + " and status, the deciding observation and its source; 'changed' when the holding changed within a month-"
          + " or year-precise date; 'no point' when the event is located only to a district or coarser).",
      "A year-precise event (the bundled UCDP subset gives years only) is listed for any range touching its year."
    })
final class EventsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "The first day (required to list events).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "The last day, included (required to list events).")
  String to;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "Only events with this actor as a side.")
  String actor;

  @Option(
      names = "--in-territory-of",
      paramLabel = "ACTOR",
      description =
          "Only events on ground this actor controlled or besieged over the event's whole date.")
  String inTerritoryOf;

  @Option(
      names = "--limit",
      defaultValue = "50",
      paramLabel = "N",
      description = "The most events listed (default: ${DEFAULT-VALUE}; at most "
          + EventQueries.MAX_LIMIT + ").")
  int limit;

  @ArgGroup(exclusive = true)
  Output output = new Output();

  static final class Output {
    @Option(names = "--json", description = "Print JSON (docs/schema/events.schema.json).")
    boolean json;

    @Option(names = "--csv", description = "Print CSV, one row per event with its ground.")
    boolean csv;

    @Option(
        names = "--geojson",
        description =
            "Print GeoJSON (RFC 7946): a point per event, the CSV's columns as properties;"
                + " QGIS and GDAL read it as it is.")
    boolean geojson;
  }

  @Override
  public Integer call() {
    if (from == null || to == null) {
      throw io.frontline.refusals.Refusal.badInput(
          "from", "give ${from} and ${to} to list events (or a subcommand:" + " import, summary)");
    }
    LocalDate a = Dates.parse("--from", from);
    LocalDate b = Dates.parse("--to", to);
    EventQueries.Query query = new EventQueries.Query(
        a,
        b,
        Optional.ofNullable(actor),
        Optional.ofNullable(inTerritoryOf),
        Optional.empty(),
        0,
        limit);
    PrintWriter out = spec.commandLine().getOut();
    try (Workspace ws = Workspace.open(store)) {
      EventsReport report = EventQueries.events(ws, query);
      if (output.json) {
        out.println(AppJson.pretty(report.toJson()));
      } else if (output.geojson) {
        out.flush();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        report.writeGeoJson(bytes);
        out.print(bytes.toString(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
      } else if (output.csv) {
        report.writeCsv(out);
        out.flush();
      } else {
        print(out, report);
      }
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, EventsReport report) {
    out.printf(
        Locale.US,
        "%,d events from %s to %s%s%s (%s).%n",
        report.total(),
        report.from(),
        report.to(),
        report.actor().map(a -> " with " + a).orElse(""),
        report.inTerritoryOf().map(a -> " on " + a + "'s ground").orElse(""),
        report.byGround().entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue())
            .collect(Collectors.joining(", ")));
    Table table = new Table(
            "Date", "Dataset", "Event", "Location", "Fatalities", "Ground", "Deciding observation")
        .numeric(4);
    for (EventGround e : report.events()) {
      var h = e.holding();
      table.row(
          e.event().date(),
          e.event().dataset(),
          e.event().eventId(),
          e.event().location().isEmpty() ? e.event().country() : e.event().location(),
          e.event().fatalities() == null ? "" : e.event().fatalities().best(),
          e.groundText(),
          h == null
              ? ""
              : "#" + h.decidedBy().observation().id() + " "
                  + Optional.ofNullable(h.decidedBy().observation().statement().source())
                      .map(s -> s.title())
                      .orElse(""));
    }
    table.print(out, "  ");
    if (report.total() > report.events().size()) {
      out.printf(
          Locale.US,
          "  ... %,d more (--limit, --json or --csv for more).%n",
          report.total() - report.events().size());
    }
    report.credits().forEach(c -> out.println("Data: " + c + "."));
  }
}
