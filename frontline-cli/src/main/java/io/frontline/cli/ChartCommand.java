package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.render.chart.ChartPage;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Drawing;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import io.frontline.render.output.Outputs;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Charts of the figures: area and population over time, where an actor's ground went, figures per party. */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = {
      "Charts of the figures, as PNG, SVG, PDF or JPEG:",
      "  area   area and population held over time (--from, --to; --actor to name and mark one, repeatable),",
      "         annotated with the captures and losses of cities of 100,000+ people",
      "  flow   where --actor's ground on --from was on --to (kept, or which party took it)",
      "  bars   area and population per party on --date",
      "  events conflict events per month (--from, --to) inside --actor's ground and on its front lines",
      "         (within --front-km of a change of holder); year-precise events are in no month and not drawn"
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad value or unwritable file, 4 unknown actor or language, or missing output"
          + " directory, 5 store problem."
    })
final class ChartCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Mixin
  RenderOptions render;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "area, flow, bars or events.")
  String kind;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "png, svg, pdf or jpg (default: from the --out file's extension, else png).")
  String format;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      description = "First date (area: default the first observation).")
  String from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      description = "Last date (area: default the last observation).")
  String to;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "bars: the date.")
  String date;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "The actor to follow (repeatable for area).")
  List<String> actors = new ArrayList<>();

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      defaultValue = "light",
      description = "light, dark or print.")
  String theme;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: from the data).")
  String title;

  @Option(names = "--subtitle", paramLabel = "TEXT", description = "Subtitle (default: the dates).")
  String subtitle;

  @Option(names = "--credit", paramLabel = "TEXT", description = "A line added to the credits.")
  String credit;

  @Option(
      names = "--front-km",
      paramLabel = "KM",
      defaultValue = "10",
      description =
          "events: how near a change of holder counts as a front line (default: ${DEFAULT-VALUE}).")
  double frontKm;

  @Option(
      names = "--published",
      description = "area: mark the figures others published of the Islamic State's area"
          + " and population (needs --actor islamic-state; see docs/CALIBRATION.md).")
  boolean published;

  @Override
  public Integer call() {
    Format format = render.check(this.format, Format.PNG, MapCommand.FORMATS, "1600x900");
    Theme chosen = Theme.find(theme)
        .orElseThrow(() -> Refusal.badInput(
            null,
            "--theme must be one of " + String.join(", ", Theme.names()) + ", was '" + theme
                + "'"));
    MapLanguage language = render.language();
    try (Workspace ws = Workspace.open(store)) {
      ChartData data = new ChartData(ws, language, ProvenanceOf.command(spec));
      Chart chart =
          switch (kind.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "area" -> data.area(range(ws), actors, published, this::page);
            case "flow" ->
              data.flow(required("--from", from), required("--to", to), oneActor(), this::page);
            case "bars" -> data.bars(required("--date", date), this::page);
            case "events" ->
              data.events(
                  required("--from", from), required("--to", to), oneActor(), frontKm, this::page);
            default ->
              throw Refusal.badInput(
                  null, "chart KIND must be area, flow, bars or events, was '" + kind + "'");
          };
      Outputs.write(
          render.out,
          format,
          chart.page().page(),
          chart.page().title(),
          chart.provenance().entries(chart.page().title()),
          chart.drawing());
    } catch (OutputException e) {
      throw RenderOptions.failed(e);
    }
    spec.commandLine().getOut().println("Wrote " + render.out.toAbsolutePath());
    return ExitCode.OK;
  }

  /** A chart ready to draw, with its page and provenance. */
  record Chart(ChartPage page, Provenance provenance, Drawing drawing) {}

  /** Makes a chart's page from its default title and subtitle (the user's override them) and its figures. */
  interface PageMaker {
    ChartPage page(
        String defaultTitle, String defaultSubtitle, Provenance provenance, double zoneRadius_km);
  }

  private ChartPage page(
      String defaultTitle, String defaultSubtitle, Provenance provenance, double zoneRadius_km) {
    var page = render.page("1600x900");
    MapLanguage l = render.language();
    return new ChartPage(
        page,
        Theme.find(theme).orElseThrow(),
        l,
        title != null ? title : defaultTitle,
        subtitle != null ? subtitle : defaultSubtitle,
        ChartPage.credits(
            page, l, provenance, store.zones().radius_km(), Optional.ofNullable(credit)));
  }

  private LocalDate[] range(Workspace ws) {
    LocalDate[] data =
        ws.index().dateRange().orElseThrow(() -> Refusal.notFound("the store has no observations"));
    LocalDate a = from == null ? data[0] : Dates.parse("--from", from);
    LocalDate b = to == null ? data[1] : Dates.parse("--to", to);
    if (!b.isAfter(a)) {
      throw Refusal.badInput(null, "--to must be after --from, was " + a + " then " + b);
    }
    return new LocalDate[] {a, b};
  }

  private static LocalDate required(String option, String value) {
    if (value == null) {
      throw Refusal.badInput(null, "this chart needs " + option);
    }
    return Dates.parse(option, value);
  }

  private String oneActor() {
    if (actors.size() != 1) {
      throw Refusal.badInput(null, "chart flow and events need exactly one --actor");
    }
    return actors.get(0);
  }
}
