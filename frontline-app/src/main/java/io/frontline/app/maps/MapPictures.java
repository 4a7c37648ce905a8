package io.frontline.app.maps;

import io.frontline.app.View;
import io.frontline.control.ControlIndex;
import io.frontline.figures.Changes;
import io.frontline.figures.Figures;
import io.frontline.refusals.Refusal;
import io.frontline.render.MapRenderer;
import io.frontline.render.map.ChangeInput;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The map use case, for the command line and the API alike: checks what a picture asks for (dates, formats, page
 * size, language, theme) with one set of refusals, then plans it with the renderer from the engine's answers (the
 * figures of each date, or the changes between two) and returns the {@link MapPicture}.
 */
public final class MapPictures {
  /** The formats a map is written in. */
  public static final List<Format> FORMATS =
      List.of(Format.PNG, Format.SVG, Format.PDF, Format.JPG);
  /** The page a map has when none is asked for. */
  public static final String DEFAULT_SIZE = "1600x1200";

  /** The largest page one caller draws, a side; {@code hint} says where to get larger ones. */
  public record Limits(int maxSide_px, String hint) {
    /** The server's: a picture of at most 4096 x 4096 pixels. */
    public static final Limits SERVER =
        new Limits(4096, "'frontline map --size' draws larger ones");
    /** The renderer's own limits only. */
    public static final Limits RENDERER = new Limits(PageSize.MAX_PX, "");
  }

  private MapPictures() {}

  /** The language named by its code; an unknown one is not found, listing the known codes. */
  public static MapLanguage language(String code) {
    return MapLanguage.find(code)
        .orElseThrow(() -> Refusal.notFound(
            "unknown language '" + code + "'; known: " + String.join(", ", MapLanguage.codes())));
  }

  /** The theme named; another name is refused, listing the themes. */
  public static Theme theme(String name) {
    return Theme.find(name)
        .orElseThrow(() -> Refusal.badInput(
            "theme",
            "${theme} must be one of " + String.join(", ", Theme.names()) + ", was '" + name
                + "'"));
  }

  /** The page of {@code size} (WIDTHxHEIGHT, a4, a4-landscape; default 1600x1200) at {@code dpi}, within limits. */
  public static PageSize page(Optional<String> size, int dpi, Limits limits) {
    PageSize page;
    try {
      page = PageSize.parse(size.orElse(DEFAULT_SIZE), dpi);
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput("size", e.getMessage());
    }
    int max = limits.maxSide_px();
    if (page.width_px() > max || page.height_px() > max) {
      throw Refusal.badInput(
          "size",
          "maps are drawn here at most " + max + "x" + max + " pixels, was " + page.width_px() + "x"
              + page.height_px() + (limits.hint().isEmpty() ? "" : "; " + limits.hint()));
    }
    return page;
  }

  /** The format named, if it is one of {@code allowed}; others are refused, listing the allowed ones. */
  public static Format format(String name, List<Format> allowed) {
    return Format.find(name)
        .filter(allowed::contains)
        .orElseThrow(() -> Refusal.badInput(
            "format", "${format} must be one of " + names(allowed) + ", was '" + name + "'"));
  }

  public static String names(List<Format> formats) {
    return String.join(", ", formats.stream().map(Format::extension).toList());
  }

  /** Checks the request and plans its picture; {@code request} is recorded in the picture's provenance. */
  public static MapPicture plan(View view, MapRequest map, String request) {
    return map.changes() ? changes(view, map, request) : dates(view, map, request);
  }

  private static MapPicture dates(View view, MapRequest map, String request) {
    if (map.dates().isEmpty()) {
      throw Refusal.badInput(
          "date", "give at least one ${date} (or ${changes} with ${from} and ${to})");
    }
    if (map.dates().size() > MapSpec.MAX_PANELS) {
      throw Refusal.badInput(
          "date",
          "a map shows at most " + MapSpec.MAX_PANELS + " dates, was "
              + map.dates().size());
    }
    Optional<String> focus = view.actorId(map.actor());
    if (map.only() && focus.isEmpty()) {
      throw Refusal.badInput("only", "${only} needs ${actor}");
    }
    MapSpec spec = spec(map, map.dates(), focus);
    MapInput input = input(view, map.dates());
    if (map.events().isPresent()) {
      input = input.withEvents(MapEventQuery.events(
          view, map.events().get(), map.dates(), map.extent().envelope()));
    }
    var provenance = PictureProvenance.of(
        view, request, input.panels().stream().map(MapInput.Panel::figures).toList(), focus);
    return new MapPicture(new MapRenderer().plan(spec, input, provenance), provenance);
  }

  private static MapPicture changes(View view, MapRequest map, String request) {
    if (map.dates().size() != 2) {
      throw Refusal.badInput("changes", "${changes} needs ${from} and ${to}");
    }
    if (map.events().isPresent()) {
      throw Refusal.badInput(
          "events", "${events} is drawn on maps of dates, not on a map of ${changes}");
    }
    LocalDate from = map.dates().get(0);
    LocalDate to = map.dates().get(1);
    View.checkOrder(from, to, false);
    Optional<String> actor = view.actorId(map.actor());
    Changes changes = view.changes().changes(from, to, actor);
    MapSpec spec = spec(map, List.of(from, to), Optional.empty());
    var provenance =
        PictureProvenance.of(view, request, List.of(view.figures(from), view.figures(to)), actor);
    return new MapPicture(
        new MapRenderer()
            .planChanges(
                spec,
                new ChangeInput(view.index(), view.actors().all(), changes, actor),
                provenance),
        provenance);
  }

  private static MapSpec spec(MapRequest map, List<LocalDate> dates, Optional<String> focus) {
    return new MapSpec(
        dates,
        focus,
        map.only(),
        map.language(),
        map.extent(),
        map.page(),
        map.theme(),
        map.title(),
        map.subtitle(),
        map.credit());
  }

  /** The engine's answers for the dates, one panel a date: no map before the first observation. */
  public static MapInput input(View view, List<LocalDate> days) {
    ControlIndex index = view.index();
    Optional<LocalDate> first = index.dateRange().map(r -> r[0]);
    List<MapInput.Panel> panels = new ArrayList<>();
    for (LocalDate day : days) {
      Figures figures = view.figures(day);
      boolean before = first.map(day::isBefore).orElse(true);
      panels.add(new MapInput.Panel(
          day, before ? Optional.empty() : Optional.of(index.mapAt(day)), figures));
    }
    return new MapInput(index, view.actors().all(), panels, first);
  }
}
