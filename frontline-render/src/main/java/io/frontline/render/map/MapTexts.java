package io.frontline.render.map;

import io.frontline.actors.Actor;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Method;
import io.frontline.render.geo.MapProjection;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.FigureTexts;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words on a map: title and subtitle (defaults from the data), captions, the notice before the data, credits. */
final class MapTexts {
  private MapTexts() {}

  static String title(MapSpec spec, Optional<Actor> focus) {
    MapLanguage l = spec.language();
    return spec.title()
        .orElseGet(() ->
            focus.map(a -> l.text("title.actor", a.name(l.code()))).orElse(l.text("title.all")));
  }

  static String subtitle(MapSpec spec) {
    MapLanguage l = spec.language();
    return spec.subtitle().orElseGet(() -> l.text("subtitle.dates", dateList(l, spec.dates())));
  }

  /** "1 February 2016", "1 February 2016 and 5 June 2017", "a, b and c". */
  static String dateList(MapLanguage l, List<LocalDate> dates) {
    List<String> written = dates.stream().map(l::date).toList();
    if (written.size() == 1) {
      return written.get(0);
    }
    return l.text(
        "list.and",
        String.join(", ", written.subList(0, written.size() - 1)),
        written.get(written.size() - 1));
  }

  /**
   * The caption under a panel: the date, then the chosen actor's area and population as the engine's figures give
   * them (with their ranges), the area by source grade and the shares of contested cities ({@link FigureTexts}).
   */
  static List<String> caption(MapSpec spec, MapInput.Panel panel, Optional<Actor> focus) {
    MapLanguage l = spec.language();
    List<String> lines = new ArrayList<>();
    lines.add(l.date(panel.date()));
    if (focus.isEmpty()) {
      return lines;
    }
    String name = focus.get().name(l.code());
    if (panel.map().isEmpty()) {
      lines.add(l.text("caption.area", name, l.text("nodata.caption")));
      return lines;
    }
    Optional<ActorFigures> figures = panel.figures().actor(focus.get().id());
    lines.addAll(figures
        .map(a -> FigureTexts.lines(l, name, a))
        .orElse(List.of(l.text("caption.none", name))));
    return lines;
  }

  static String noData(MapSpec spec, Optional<LocalDate> first, LocalDate date) {
    return spec.language().text("nodata", spec.language().date(first.orElse(date.plusDays(1))));
  }

  /** The credits, wrapped to the page: method and sources, data credits, projection, record state, user credit. */
  static List<String> credits(
      MapSpec spec,
      Method method,
      MapProjection projection,
      Provenance provenance,
      TextPainter text,
      double width,
      float size) {
    MapLanguage l = spec.language();
    String projectionName =
        l.text(projection.name().startsWith("Lambert") ? "projection.lcc" : "projection.tmerc");
    String line1 = l.text(
        "credit.method",
        l.count(provenance.observations()),
        l.count(provenance.sources()),
        l.count(Math.round(method.zones().radius_km())));
    String line2 = String.join(
        " ",
        l.text("credit.data"),
        l.text("credit.projection", projectionName),
        l.text("credit.asof", provenance.asRecorded(), l.count(provenance.storeRevision())));
    List<String> out = new ArrayList<>(wrap(line1, text, width, size));
    out.addAll(wrap(line2 + spec.credit().map(c -> " " + c).orElse(""), text, width, size));
    return out;
  }

  static List<String> wrap(String paragraph, TextPainter text, double width, float size) {
    return text.wrap(paragraph, width, size);
  }
}
