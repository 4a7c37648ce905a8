package io.frontline.app.figures;

import io.frontline.app.View;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Changes;
import io.frontline.figures.Figures;
import io.frontline.figures.SeriesOp;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.refusals.Refusal;
import io.frontline.render.text.CityNames;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read use cases on figures: the figures of a date, the changes between two dates, an actor's series and a
 * place's history. Each validates its input, answers from a {@link View}, and returns its report.
 */
public final class FigureQueries {
  /** The most points a series may have. */
  public static final int MAX_SERIES_POINTS = 5000;

  private FigureQueries() {}

  /** The figures of {@code date} for all actors or the one named; cities named in {@code language} if given. */
  public static FiguresReport figures(
      View view, LocalDate date, Optional<String> actor, Optional<String> language) {
    Optional<String> id = view.actorId(actor);
    Figures figures = view.figures(date);
    List<ActorFigures> rows = id.map(
            a -> figures.actors().stream().filter(f -> f.id().equals(a)).toList())
        .orElse(figures.actors());
    Map<Long, String> labels = new HashMap<>();
    language.ifPresent(
        lang -> rows.forEach(r -> r.cityIds().forEach(city -> label(view, city, lang, labels))));
    return new FiguresReport(figures, rows, labels, view.revision());
  }

  /** What changed hands between two dates ({@code to} after {@code from}), for one actor or all. */
  public static ChangesReport changes(
      View view, LocalDate from, LocalDate to, Optional<String> actor, Optional<String> language) {
    View.checkOrder(from, to, false);
    Optional<String> id = view.actorId(actor);
    Changes changes = view.changes().changes(from, to, id);
    Map<Long, String> labels = new HashMap<>();
    language.ifPresent(lang -> {
      changes.places().forEach(p -> label(view, p.placeId(), lang, labels));
      changes.coveragePlaces().forEach(p -> label(view, p.placeId(), lang, labels));
    });
    return new ChangesReport(changes, id, labels, view.revision());
  }

  /** An actor's figures from {@code from} to {@code to} inclusive, every {@code step} days (1-366). */
  public static SeriesReport series(
      View view, String actor, LocalDate from, LocalDate to, int step) {
    String id = view.actor(actor).id();
    View.checkOrder(from, to, true);
    if (step < 1 || step > 366) {
      throw Refusal.badInput("step", "${step} must be between 1 and 366, was " + step);
    }
    long points = ChronoUnit.DAYS.between(from, to) / step + 1;
    if (points > MAX_SERIES_POINTS) {
      throw Refusal.badInput(
          "step",
          "a series has at most " + MAX_SERIES_POINTS + " points; " + from + " to " + to + " every "
              + step + " day(s) is " + points + ": raise ${step}");
    }
    SeriesOp op = new SeriesOp(view.index());
    List<SeriesOp.Point> out = step == 1 ? op.series(id, from, to) : new ArrayList<>();
    for (LocalDate d = from; step > 1 && !d.isAfter(to); d = d.plusDays(step)) {
      out.add(op.series(id, d, d).get(0));
    }
    return new SeriesReport(id, from, to, out, view.revision());
  }

  /** A place's periods of control and every version of its observations; its name in {@code language} if given. */
  public static HistoryReport history(View view, Place place, Optional<String> language) {
    List<PlaceHistoryOp.Period> periods = view.index()
        .findSite(place.id())
        .map(site -> new PlaceHistoryOp().history(site))
        .orElse(List.of());
    List<HistoryReport.Lineage> lineages = new ArrayList<>();
    for (Observation o : view.index().observationsOf(place.id())) {
      lineages.add(new HistoryReport.Lineage(o.lineage(), o, view.store().versions(o.lineage())));
    }
    return new HistoryReport(
        place,
        language.map(lang -> CityNames.label(place, lang)),
        periods,
        lineages,
        view.revision());
  }

  private static void label(View view, long placeId, String language, Map<Long, String> labels) {
    view.index()
        .findSite(placeId)
        .ifPresent(site -> labels.put(placeId, CityNames.label(site.place(), language)));
  }
}
