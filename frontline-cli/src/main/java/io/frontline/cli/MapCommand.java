package io.frontline.cli;

import io.frontline.app.maps.MapPictures;
import io.frontline.app.maps.MapRequest;
import io.frontline.refusals.Refusal;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A publication map of who held what on one or more dates, or of what changed hands between two dates. */
@Command(
    name = "map",
    mixinStandardHelpOptions = true,
    description = {
      "A publication map: who held what on each --date (one date: one map; two: side by side; more:"
          + " small multiples), or with --changes what changed hands between --from and --to.",
      "Captions give the areas exactly as 'frontline figures' computes them; every file carries its provenance."
    },
    footer = {
      "",
      "Formats: png, svg, pdf, jpg (from the --out file's extension, or --format).",
      "Exit codes: 0 ok, 2 bad value (size, dpi, date, format) or unwritable file,"
          + " 4 unknown actor, place, language or region, or missing output directory, 5 store problem."
    })
final class MapCommand implements Callable<Integer> {
  static final List<Format> FORMATS = MapPictures.FORMATS;

  @Mixin
  StoreOptions store;

  @Mixin
  RenderOptions render;

  @Mixin
  ExtentOptions where;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "png, svg, pdf or jpg (default: from the --out file's extension, else png).")
  String format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "A date to map (repeat for more panels).")
  List<String> dates = new ArrayList<>();

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "The actor drawn in black, named in the caption.")
  String actor;

  @Option(names = "--only", description = "Draw every other party in one grey.")
  boolean only;

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      defaultValue = "light",
      description = "light, dark or print (black and white) (default: ${DEFAULT-VALUE}).")
  String theme;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: from the data).")
  String title;

  @Option(names = "--subtitle", paramLabel = "TEXT", description = "Subtitle (default: the dates).")
  String subtitle;

  @Option(names = "--credit", paramLabel = "TEXT", description = "A line added to the credits.")
  String credit;

  @Option(names = "--changes", description = "Map what changed hands between --from and --to.")
  boolean changes;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "With --changes: the first date.")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "With --changes: the second date.")
  String to;

  @Option(
      names = "--events",
      description = "Draw the store's conflict events as dots, one dot an event (default:"
          + " those of each map's year; see --events-from and --events-to).")
  boolean events;

  @Option(
      names = "--events-from",
      paramLabel = "YYYY-MM-DD",
      description = "With --events: the first day of the events' window (with --events-to).")
  String eventsFrom;

  @Option(
      names = "--events-to",
      paramLabel = "YYYY-MM-DD",
      description = "With --events: the last day of the events' window, included.")
  String eventsTo;

  @Option(
      names = "--events-type",
      paramLabel = "TYPE",
      description = "With --events: only events of this type (airstrike, state-based, ...).")
  String eventsType;

  @Override
  public Integer call() {
    Format format = render.check(this.format, Format.PNG, FORMATS, MapPictures.DEFAULT_SIZE);
    where.check();
    Theme chosen = MapPictures.theme(theme);
    List<LocalDate> days = changes
        ? changeDates()
        : dates.stream().map(d -> Dates.parse("--date", d)).toList();
    try (Workspace ws = Workspace.open(store)) {
      MapRequest request = new MapRequest(
          days,
          changes,
          Optional.ofNullable(actor),
          only,
          render.language(),
          where.extent(ws),
          render.page(MapPictures.DEFAULT_SIZE),
          chosen,
          Optional.ofNullable(title),
          Optional.ofNullable(subtitle),
          Optional.ofNullable(credit));
      if (events) {
        request = request.withEvents(new MapRequest.Events(
            Optional.ofNullable(eventsFrom).map(d -> Dates.parse("--events-from", d)),
            Optional.ofNullable(eventsTo).map(d -> Dates.parse("--events-to", d)),
            Optional.ofNullable(eventsType)));
      } else if (eventsFrom != null || eventsTo != null || eventsType != null) {
        throw Refusal.badInput(
            "events", "--events-from, --events-to and --events-type go with --events");
      }
      MapPictures.plan(ws, request, ProvenanceOf.command(spec)).write(format, render.out);
    } catch (OutputException e) {
      throw RenderOptions.failed(e);
    }
    spec.commandLine().getOut().println("Wrote " + render.out.toAbsolutePath());
    return ExitCode.OK;
  }

  private List<LocalDate> changeDates() {
    if (from == null || to == null) {
      throw Refusal.badInput(null, "--changes needs --from and --to");
    }
    return List.of(Dates.parse("--from", from), Dates.parse("--to", to));
  }
}
