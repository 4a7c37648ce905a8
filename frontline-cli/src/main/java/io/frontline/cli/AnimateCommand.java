package io.frontline.cli;

import io.frontline.app.maps.MapPictures;
import io.frontline.figures.ActorFigures;
import io.frontline.refusals.Refusal;
import io.frontline.render.Animation;
import io.frontline.render.MapRenderer;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import io.frontline.render.output.Provenance;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** An animated GIF of the control map from one date to another, with the date and area in every frame. */
@Command(
    name = "animate",
    mixinStandardHelpOptions = true,
    description =
        "An animated GIF of the control map every --step from --from to --to, with the date and the"
            + " chosen actor's area in every frame (default actor: the one that held the most ground over the period).",
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad value or unwritable file, 4 unknown actor, place, language or region,"
          + " or missing output directory, 5 store problem."
    })
final class AnimateCommand implements Callable<Integer> {
  static final int MAX_FRAMES = 400;
  private static final Pattern STEP =
      Pattern.compile("(\\d{1,3})\\s*(d|day|days|w|week|weeks|m|month|months|y|year|years)");

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
      description = "gif, the one format an animation is written in (the default).")
  String format;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The first frame's date.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "No frame after this date.")
  String to;

  @Option(
      names = "--step",
      defaultValue = "1month",
      paramLabel = "STEP",
      description =
          "Time between frames: 7days, 2weeks, 1month, 1year (default: ${DEFAULT-VALUE}).")
  String step;

  @Option(
      names = "--frame-ms",
      defaultValue = "400",
      paramLabel = "MS",
      description =
          "How long each frame shows, in ms; the last shows 6 times longer (default: ${DEFAULT-VALUE}).")
  int frameMs;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      description = "The actor drawn in black and counted.")
  String actor;

  @Option(names = "--only", description = "Draw every other party in one grey.")
  boolean only;

  @Option(
      names = "--theme",
      paramLabel = "THEME",
      defaultValue = "light",
      description = "light, dark or print.")
  String theme;

  @Option(names = "--title", paramLabel = "TEXT", description = "Title (default: from the data).")
  String title;

  @Option(
      names = "--subtitle",
      paramLabel = "TEXT",
      description = "Subtitle (default: the period).")
  String subtitle;

  @Option(names = "--credit", paramLabel = "TEXT", description = "A line added to the credits.")
  String credit;

  @Override
  public Integer call() {
    render.check(format, Format.GIF, List.of(Format.GIF), "1000x750");
    where.check();
    Theme chosen = MapPictures.theme(theme);
    if (frameMs < Animation.MIN_FRAME_MS || frameMs > Animation.MAX_FRAME_MS) {
      throw Refusal.badInput(
          null,
          "--frame-ms must be between " + Animation.MIN_FRAME_MS + " and " + Animation.MAX_FRAME_MS
              + ", was " + frameMs);
    }
    List<LocalDate> days = days(Dates.parse("--from", from), Dates.parse("--to", to), period(step));
    try (Workspace ws = Workspace.open(store)) {
      MapInput input = MapPictures.input(ws, days);
      Optional<String> focus = actor != null ? ws.actorId(actor) : largest(input);
      MapSpec mapSpec = new MapSpec(
          List.of(days.get(0), days.get(days.size() - 1)),
          focus,
          only && focus.isPresent(),
          render.language(),
          where.extent(ws),
          render.page("1000x750"),
          chosen,
          Optional.ofNullable(title),
          Optional.ofNullable(subtitle),
          Optional.ofNullable(credit));
      Provenance provenance = ProvenanceOf.of(
          ws,
          ProvenanceOf.command(spec),
          input.panels().stream().map(MapInput.Panel::figures).toList(),
          focus);
      MapRenderer renderer = new MapRenderer();
      List<MapPlan> frames = renderer.frames(mapSpec, input, provenance);
      Progress.steps(
          "Rendering " + frames.size() + " frames", frames.size(), step -> new Animation(renderer)
              .write(frames, provenance, render.out, frameMs, step));
    } catch (OutputException e) {
      throw RenderOptions.failed(e);
    }
    spec.commandLine()
        .getOut()
        .printf("Wrote %s (%d frames)%n", render.out.toAbsolutePath(), days.size());
    return ExitCode.OK;
  }

  static Period period(String text) {
    Matcher m = STEP.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches() || Integer.parseInt(m.group(1)) == 0) {
      throw Refusal.badInput(
          null,
          "--step must be a count and a unit such as 7days, 2weeks, 1month or 1year, was '" + text
              + "'");
    }
    int n = Integer.parseInt(m.group(1));
    return switch (m.group(2).charAt(0)) {
      case 'd' -> Period.ofDays(n);
      case 'w' -> Period.ofWeeks(n);
      case 'm' -> Period.ofMonths(n);
      default -> Period.ofYears(n);
    };
  }

  static List<LocalDate> days(LocalDate from, LocalDate to, Period step) {
    if (to.isBefore(from)) {
      throw Refusal.badInput(null, "--to must not be before --from, was " + from + " then " + to);
    }
    List<LocalDate> out = new ArrayList<>();
    for (int i = 0; !from.plus(step.multipliedBy(i)).isAfter(to); i++) {
      if (out.size() == MAX_FRAMES) {
        throw Refusal.badInput(
            null, "an animation has at most " + MAX_FRAMES + " frames; use a longer --step");
      }
      out.add(from.plus(step.multipliedBy(i)));
    }
    return out;
  }

  private static Optional<String> largest(MapInput input) {
    Map<String, Double> total = new HashMap<>();
    for (MapInput.Panel p : input.panels()) {
      for (ActorFigures a : p.figures().actors()) {
        total.merge(a.id(), a.area_km2(), Double::sum);
      }
    }
    return total.entrySet().stream()
        .filter(e -> e.getValue() > 0)
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey);
  }
}
