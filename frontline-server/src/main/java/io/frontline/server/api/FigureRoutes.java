package io.frontline.server.api;

import io.frontline.formats.json.ObservationJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Changes;
import io.frontline.figures.Figures;
import io.frontline.figures.SeriesOp;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import io.frontline.render.text.CityNames;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Figures, changes, series and place histories, in the shapes of docs/schema. */
public final class FigureRoutes {
  static final int MAX_SERIES_POINTS = 5000;
  private final Backend backend;

  public FigureRoutes(Backend backend) {
    this.backend = backend;
  }

  public void register(RoutesConfig routes) {
    routes.get(CatalogRoutes.BASE + "/figures", this::figures);
    routes.get(CatalogRoutes.BASE + "/changes", this::changes);
    routes.get(CatalogRoutes.BASE + "/series", this::series);
    routes.get(CatalogRoutes.BASE + "/places/{id}/history", this::history);
  }

  void figures(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate date = Params.date(ctx, "date");
    Optional<String> actor = actorId(s, ctx);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    Figures f = s.figures(date);
    List<ActorFigures> actors = actor.map(id -> f.actors().stream().filter(a -> a.id().equals(id)).toList())
        .orElse(f.actors());
    ObjectNode node = ServerJson.tree(f);
    ArrayNode rows = ServerJson.MAPPER.valueToTree(actors);
    Params.text(ctx, "lang").ifPresent(x -> nameCities(s, rows, Responses.language(ctx)));
    node.set("actors", rows);
    node.put("store_revision", s.key().revision());
    Responses.json(ctx, node);
  }

  /** With {@code lang}: each actor's cities named in that language (Mossoul, الموصل), by their ids. */
  private static void nameCities(Snapshot s, ArrayNode actors, String language) {
    for (var actor : actors) {
      ArrayNode names = (ArrayNode) actor.path("city_names");
      for (int i = 0; i < names.size(); i++) {
        int at = i;
        s.index().findSite(actor.path("city_ids").path(i).asLong())
            .ifPresent(site -> names.set(at, CityNames.label(site.place(), language)));
      }
    }
  }

  void changes(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (!to.isAfter(from)) {
      throw ApiException.badParameter("to", "to must be after from, was " + from + " then " + to);
    }
    Optional<String> actor = actorId(s, ctx);
    boolean csv = Params.text(ctx, "format").map("csv"::equals).orElse(false);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    Changes changes = s.changes().changes(from, to, actor);
    if (csv) {
      ChangesCsv.write(ctx, changes);
      return;
    }
    ObjectNode node = ServerJson.tree(changes);
    Params.text(ctx, "lang").ifPresent(x -> labelPlaces(s, node, Responses.language(ctx)));
    node.put("actor", actor.orElse(null));
    node.put("store_revision", s.key().revision());
    Responses.json(ctx, node);
  }

  /** With {@code lang}: each listed settlement's name in that language as {@code label}. */
  private static void labelPlaces(Snapshot s, ObjectNode changes, String language) {
    for (String list : List.of("places", "coverage_places")) {
      changes.withArray(list).forEach(p -> s.index().findSite(p.path("place_id").asLong()).ifPresent(site ->
          ((ObjectNode) p).put("label", CityNames.label(site.place(), language))));
    }
  }

  void series(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    String actor = actorId(s, ctx).orElseThrow(() -> ApiException.badParameter("actor", "actor is required"));
    LocalDate[] range = s.dateRange().orElse(new LocalDate[] {LocalDate.now(), LocalDate.now()});
    LocalDate from = Params.optionalDate(ctx, "from").orElse(range[0]);
    LocalDate to = Params.optionalDate(ctx, "to").orElse(range[1]);
    int step = Params.integer(ctx, "step", 1, 1, 366);
    if (to.isBefore(from)) {
      throw ApiException.badParameter("to", "to must not be before from, was " + from + " then " + to);
    }
    long points = ChronoUnit.DAYS.between(from, to) / step + 1;
    if (points > MAX_SERIES_POINTS) {
      throw ApiException.badParameter("step", "a series has at most " + MAX_SERIES_POINTS + " points; " + from
          + " to " + to + " every " + step + " day(s) is " + points + ": raise step");
    }
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    SeriesOp op = new SeriesOp(s.index());
    ArrayNode out = ServerJson.MAPPER.createArrayNode();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(step)) {
      out.add(ServerJson.tree(op.series(actor, d, d).get(0)));
    }
    ObjectNode node = ServerJson.object();
    node.put("actor", actor).put("from", from.toString()).put("to", to.toString());
    node.set("points", out);
    node.put("store_revision", s.key().revision());
    Responses.json(ctx, node);
  }

  void history(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    Place place = CatalogRoutes.place(backend, ctx.pathParam("id"));
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    List<PlaceHistoryOp.Period> periods = s.index().findSite(place.id())
        .map(site -> new PlaceHistoryOp().history(site)).orElse(List.of());
    ObjectNode node = ServerJson.object();
    ObjectNode brief = PlaceJson.brief(place);
    Params.text(ctx, "lang").ifPresent(x -> brief.put("label", CityNames.label(place, Responses.language(ctx))));
    node.set("place", brief);
    node.set("periods", ServerJson.MAPPER.valueToTree(periods));
    ArrayNode observations = node.putArray("observations");
    for (Observation o : s.index().observations()) {
      if (o.statement().subject() instanceof Subject.PlaceRef r && r.placeId() == place.id()) {
        ArrayNode versions = ServerJson.MAPPER.createArrayNode();
        backend.store().versions(o.lineage()).forEach(v -> versions.add(ObservationJson.of(v)));
        observations.addObject().put("lineage", o.lineage()).set("versions", versions);
      }
    }
    node.put("store_revision", s.key().revision());
    Responses.json(ctx, node);
  }

  /** The actor a request names ({@code actor}: id, name or alias), or empty; an unknown one is a 400. */
  static Optional<String> actorId(Snapshot s, Context ctx) {
    return Params.text(ctx, "actor").map(name -> s.actors().find(name).orElseThrow(() ->
        ApiException.badParameter("actor", "unknown actor '" + name + "'; known: " + String.join(", ",
            s.actors().all().stream().map(a -> a.id()).toList()))).id());
  }
}
