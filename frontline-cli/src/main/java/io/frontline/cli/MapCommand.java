package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.control.ControlIndex;
import io.frontline.figures.Figures;
import io.frontline.render.MapRenderer;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import io.frontline.render.output.Provenance;
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
@Command(name = "map", mixinStandardHelpOptions = true,
    description = {"A publication map: who held what on each --date (one date: one map; two: side by side; more:"
        + " small multiples), or with --changes what changed hands between --from and --to.",
        "Captions give the areas exactly as 'frontline figures' computes them; every file carries its provenance."},
    footer = {"", "Formats: png, svg, pdf, jpg (from the --out file's extension, or --format).",
        "Exit codes: 0 ok, 2 bad value (size, dpi, date, format) or unwritable file,"
        + " 4 unknown actor, place, language or region, or missing output directory, 5 store problem."})
final class MapCommand implements Callable<Integer> {
  static final List<Format> FORMATS = List.of(Format.PNG, Format.SVG, Format.PDF, Format.JPG);
  @Mixin
  StoreOptions store;
  @Mixin
  RenderOptions render;
  @Mixin
  ExtentOptions where;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--format", paramLabel = "FORMAT",
      description = "png, svg, pdf or jpg (default: from the --out file's extension, else png).")
  String format;
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "A date to map (repeat for more panels).")
  List<String> dates = new ArrayList<>();
  @Option(names = "--actor", paramLabel = "ACTOR", description = "The actor drawn in black, named in the caption.")
  String actor;
  @Option(names = "--only", description = "Draw every other party in one grey.")
  boolean only;
  @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
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
  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "With --changes: the first date.")
  String from;
  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "With --changes: the second date.")
  String to;

  @Override
  public Integer call() {
    Format format = render.check(this.format, Format.PNG, FORMATS, "1600x1200");
    where.check();
    Theme chosen = Theme.find(theme).orElseThrow(() -> Refusal.badInput(null, "--theme must be one of "
        + String.join(", ", Theme.names()) + ", was '" + theme + "'"));
    try (Workspace ws = Workspace.open(store)) {
      if (changes) {
        new ChangeMapRun(ws, this, format, chosen).run();
      } else {
        writeMap(ws, format, chosen);
      }
    } catch (OutputException e) {
      throw RenderOptions.failed(e);
    }
    spec.commandLine().getOut().println("Wrote " + render.out.toAbsolutePath());
    return ExitCode.OK;
  }

  private void writeMap(Workspace ws, Format format, Theme chosen) {
    if (dates.isEmpty()) {
      throw Refusal.badInput(null, "give at least one --date (or --changes with --from and --to)");
    }
    List<LocalDate> days = dates.stream().map(d -> Dates.parse("--date", d)).toList();
    if (days.size() > MapSpec.MAX_PANELS) {
      throw Refusal.badInput(null, "a map shows at most " + MapSpec.MAX_PANELS + " dates, was " + days.size());
    }
    Optional<String> focus = ws.actorId(actor);
    if (only && focus.isEmpty()) {
      throw Refusal.badInput(null, "--only needs --actor");
    }
    MapSpec mapSpec = new MapSpec(days, focus, only, render.language(), where.extent(ws), render.page("1600x1200"), chosen,
        Optional.ofNullable(title), Optional.ofNullable(subtitle), Optional.ofNullable(credit));
    write(ws, mapSpec, format, render.out, ProvenanceOf.command(spec));
  }

  /** Plans and writes a control map for the spec's dates; returns the plan drawn. */
  static MapPlan write(Workspace ws, MapSpec mapSpec, Format format, java.nio.file.Path out, String command) {
    MapInput input = input(ws, mapSpec.dates());
    Provenance provenance = ProvenanceOf.of(ws, command, input.panels().stream().map(MapInput.Panel::figures)
        .toList(), mapSpec.focus());
    MapRenderer renderer = new MapRenderer();
    MapPlan plan = renderer.plan(mapSpec, input, provenance);
    renderer.write(plan, provenance, format, out);
    return plan;
  }

  /** The engine's answers for the dates: no map before the first observation. */
  static MapInput input(Workspace ws, List<LocalDate> days) {
    ControlIndex index = ws.index();
    Optional<LocalDate> first = index.dateRange().map(r -> r[0]);
    List<MapInput.Panel> panels = new ArrayList<>();
    for (LocalDate day : days) {
      Figures figures = ws.figures().figures(day);
      boolean before = first.map(day::isBefore).orElse(true);
      panels.add(new MapInput.Panel(day, before ? Optional.empty() : Optional.of(index.mapAt(day)), figures));
    }
    return new MapInput(index, ws.actors().all(), panels, first);
  }
}
