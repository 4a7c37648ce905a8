package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Changes;
import io.frontline.figures.Figures;
import io.frontline.figures.SeriesOp;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.refusals.Refusal;
import io.frontline.render.chart.AreaChart;
import io.frontline.render.chart.BarChart;
import io.frontline.render.chart.ChartPage;
import io.frontline.render.chart.EventChart;
import io.frontline.render.chart.FlowChart;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.CityNames;
import io.frontline.render.text.MapLanguage;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Gathers the engine's figures for a chart and names them in the chart's language. */
final class ChartData {
  static final long CITY_POPULATION = 100_000;
  private static final double MIN_SHARE = 0.02;
  private final Workspace ws;
  private final MapLanguage l;
  private final String command;

  ChartData(Workspace ws, MapLanguage language, String command) {
    this.ws = ws;
    this.l = language;
    this.command = command;
  }

  ChartCommand.Chart area(LocalDate[] range, List<String> names, ChartCommand.PageMaker pages) {
    return area(range, names, false, pages);
  }

  /** The area chart; with {@code published}, the figures others published of the Islamic State marked on it. */
  ChartCommand.Chart area(
      LocalDate[] range, List<String> names, boolean published, ChartCommand.PageMaker pages) {
    List<Actor> chosen = names.stream().map(ws::actor).toList();
    SeriesOp op = new SeriesOp(ws.index());
    List<AreaChart.Series> series = new ArrayList<>();
    for (Actor a : chosen.isEmpty() ? ws.actors().all() : chosen) {
      series.add(new AreaChart.Series(
          a.id(), a.name(l.code()), colour(a, chosen), op.series(a.id(), range[0], range[1])));
    }
    double max = series.stream()
        .flatMap(s -> s.points().stream())
        .mapToDouble(SeriesOp.Point::area_km2)
        .max()
        .orElse(0);
    series.removeIf(
        s -> s.points().stream().mapToDouble(SeriesOp.Point::area_km2).max().orElse(0)
            < max * MIN_SHARE);
    Optional<String> focus = chosen.stream().findFirst().map(Actor::id);
    Provenance provenance = provenance(List.of(range[0], range[1]), focus);
    String title = focus
        .map(id -> l.text("title.actor", ws.actor(id).name(l.code())))
        .orElse(l.text("title.area"));
    ChartPage page = pages.page(
        title,
        l.text("subtitle.series", l.date(range[0]), l.date(range[1])),
        provenance,
        ws.index().zones().radius_km());
    AreaChart chart = new AreaChart(
        page,
        series,
        focus.map(id -> events(id, range)).orElse(List.of()),
        focus,
        published ? published(focus, series) : AreaChart.Published.NONE);
    return new ChartCommand.Chart(page, provenance, chart::paint);
  }

  /** The bundled published figures of the Islamic State, which must be the chart's chosen actor. */
  private static AreaChart.Published published(
      Optional<String> focus, List<AreaChart.Series> series) {
    if (!focus.equals(Optional.of(CalibrationRun.ACTOR))) {
      throw Refusal.badInput(
          null,
          "--published marks figures of the Islamic State: give --actor " + CalibrationRun.ACTOR
              + " first");
    }
    List<SeriesOp.Point> points = series.stream()
        .filter(s -> s.actorId().equals(CalibrationRun.ACTOR))
        .findFirst()
        .map(AreaChart.Series::points)
        .orElse(List.of());
    List<io.frontline.figures.calibration.PublishedFigure> figures =
        io.frontline.bundled.PublishedFigures.all();
    return new AreaChart.Published(
        CalibrationCharts.marks(
            figures, io.frontline.figures.calibration.PublishedFigure.Measure.AREA_HELD, points),
        CalibrationCharts.marks(
            figures,
            io.frontline.figures.calibration.PublishedFigure.Measure.POPULATION_HELD,
            points));
  }

  /** The chosen actor black, other chosen actors and the rest in their own colours. */
  private static Color colour(Actor a, List<Actor> chosen) {
    return !chosen.isEmpty() && chosen.get(0).id().equals(a.id())
        ? Color.BLACK
        : Color.decode(a.colour());
  }

  /** Captures and losses of cities of 100,000+ people by the actor, named in the chart's language. */
  List<AreaChart.Event> events(String actor, LocalDate[] range) {
    List<AreaChart.Event> out = new ArrayList<>();
    for (Observation o : ws.observations()) {
      Statement s = o.statement();
      LocalDate day = s.date().start();
      if (s.status() != Status.CONTROLS
          || !(s.subject() instanceof Subject.PlaceRef ref)
          || day.isBefore(range[0])
          || day.isAfter(range[1])) {
        continue;
      }
      Optional<Place> place =
          ws.store().findPlace(ref.placeId()).filter(p -> p.population() >= CITY_POPULATION);
      boolean gained = actor.equals(s.actorId()) && !actor.equals(s.fromActorId());
      boolean lost = actor.equals(s.fromActorId()) && !actor.equals(s.actorId());
      if (place.isPresent() && (gained || lost)) {
        String name = CityNames.find(ref.placeId())
            .map(c -> c.label(l))
            .orElse(place.get().name());
        out.add(
            new AreaChart.Event(day, l.text(gained ? "event.captured" : "event.retaken", name)));
      }
    }
    return out;
  }

  ChartCommand.Chart flow(
      LocalDate from, LocalDate to, String actorName, ChartCommand.PageMaker pages) {
    Actor actor = ws.actor(actorName);
    if (!to.isAfter(from)) {
      throw Refusal.badInput(null, "--to must be after --from, was " + from + " then " + to);
    }
    Changes changes = ws.changes().changes(from, to, Optional.of(actor.id()));
    double start =
        ws.figures().figures(from).actor(actor.id()).map(ActorFigures::area_km2).orElse(0.0);
    List<FlowChart.Flow> flows = new ArrayList<>();
    double lost = 0;
    for (Changes.Transfer t : changes.transfers()) {
      if (t.from().equals(actor.id())) {
        flows.add(new FlowChart.Flow(party(t.to()), partyColour(t.to()), t.area_km2()));
        lost += t.area_km2();
      }
    }
    flows.sort(Comparator.comparingDouble(FlowChart.Flow::area_km2).reversed());
    flows.add(
        0, new FlowChart.Flow(l.text("chart.flow.kept"), Color.BLACK, Math.max(0, start - lost)));
    if (start <= 0) {
      throw Refusal.badInput(
          null, actor.name() + " held no ground on " + from + ": nothing to follow");
    }
    Provenance provenance = provenance(List.of(from, to), Optional.of(actor.id()));
    ChartPage page = pages.page(
        l.text("title.flow", actor.name(l.code())),
        l.text("subtitle.changes", l.date(from), l.date(to)),
        provenance,
        ws.index().zones().radius_km());
    FlowChart chart = new FlowChart(page, actor.name(l.code()), Color.BLACK, flows);
    return new ChartCommand.Chart(page, provenance, chart::paint);
  }

  ChartCommand.Chart bars(LocalDate date, ChartCommand.PageMaker pages) {
    Figures figures = ws.figures().figures(date);
    List<BarChart.Bar> bars = figures.actors().stream()
        .filter(a -> a.area_km2() > 0)
        .map(a -> new BarChart.Bar(
            ws.actor(a.id()).name(l.code()),
            Color.decode(a.colour()),
            a.area_km2(),
            a.population()))
        .toList();
    if (bars.isEmpty()) {
      throw Refusal.badInput(
          null, "no party held ground on " + date + "; no observations before it?");
    }
    Provenance provenance = provenance(List.of(date), Optional.empty());
    ChartPage page = pages.page(
        l.text("title.bars"),
        l.text("subtitle.bars", l.date(date)),
        provenance,
        ws.index().zones().radius_km());
    BarChart chart = new BarChart(page, bars);
    return new ChartCommand.Chart(page, provenance, chart::paint);
  }

  /** Events per month inside {@code actor}'s ground and on its front lines (year-precise events are not drawn). */
  ChartCommand.Chart events(
      LocalDate from, LocalDate to, String actor, double frontKm, ChartCommand.PageMaker pages) {
    Actor a = ws.actor(actor);
    io.frontline.app.events.EventSummary summary =
        io.frontline.app.events.EventQueries.summary(ws, from, to, frontKm);
    java.util.Map<String, int[]> byMonth = new java.util.TreeMap<>();
    for (java.time.YearMonth m = java.time.YearMonth.from(from);
        !m.isAfter(java.time.YearMonth.from(to));
        m = m.plusMonths(1)) {
      byMonth.put(m.toString(), new int[2]);
    }
    for (io.frontline.app.events.EventSummary.Row r : summary.rows()) {
      if (r.actor().equals(a.id())
          && r.precision().equals("month")
          && byMonth.containsKey(r.period())) {
        byMonth.get(r.period())[0] += r.territoryEvents();
        byMonth.get(r.period())[1] += r.frontEvents();
      }
    }
    List<EventChart.Month> months = byMonth.entrySet().stream()
        .map(e -> new EventChart.Month(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
    Provenance provenance = provenance(List.of(to), Optional.of(a.id()));
    ChartPage page = pages.page(
        l.text("title.events", a.name(l.code())),
        l.text("subtitle.events", l.date(from), l.date(to), summary.yearPrecise()),
        provenance,
        ws.index().zones().radius_km());
    EventChart chart = new EventChart(page, Color.decode(a.colour()), months);
    return new ChartCommand.Chart(page, provenance, chart::paint);
  }

  private String party(String id) {
    if (id.equals(Changes.NONE)) {
      return l.text("party.none");
    }
    return id.equals(Changes.CONTESTED)
        ? l.text("party.contested")
        : ws.actor(id).name(l.code());
  }

  private Color partyColour(String id) {
    return id.equals(Changes.NONE) || id.equals(Changes.CONTESTED)
        ? new Color(0x9a9a9a)
        : Color.decode(ws.actor(id).colour());
  }

  private Provenance provenance(List<LocalDate> dates, Optional<String> actor) {
    return ProvenanceOf.of(
        ws, command, dates.stream().map(d -> ws.figures().figures(d)).toList(), actor);
  }
}
