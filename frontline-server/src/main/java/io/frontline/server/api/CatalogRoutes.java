package io.frontline.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.actors.Actor;
import io.frontline.bundled.BundledOutlets;
import io.frontline.formats.json.SourcesJson;
import io.frontline.gazetteer.Place;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.frontline.sources.SourcesOp;
import io.frontline.sources.SourcesReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The API's entry (store state and date range), the actors, place search and look-up, and the sources by outlet. */
public final class CatalogRoutes {
  static final String BASE = "/api/v1";
  private final Backend backend;

  public CatalogRoutes(Backend backend) {
    this.backend = backend;
  }

  public void register(RoutesConfig routes) {
    routes.get(BASE, this::entry);
    routes.get(BASE + "/actors", this::actors);
    routes.get(BASE + "/places", this::search);
    routes.get(BASE + "/places/{id}", this::place);
    routes.get(BASE + "/sources", this::sources);
  }

  /** The sources of the observations as of the snapshot, by outlet ({@code grade} and {@code outlet} filter). */
  void sources(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    Optional<String> grade;
    try {
      grade = Params.text(ctx, "grade").map(SourcesJson::grade);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    SourcesReport report = new SourcesOp(BundledOutlets.table())
        .compute(s.index().observations(), grade, Params.text(ctx, "outlet").map(String::strip));
    ObjectNode n = SourcesJson.of(report);
    n.put("store_revision", s.key().revision());
    Responses.json(ctx, n);
  }

  void entry(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    ObjectNode n = ServerJson.object();
    n.put("title", "Frontline API")
        .put("store_revision", s.key().revision())
        .put("as_of", s.key().asOf().toString())
        .put("zone_radius_km", s.key().radius_km())
        .put("observations", s.index().observations().size());
    LocalDate[] range = s.dateRange().orElse(null);
    n.put("first_date", range == null ? null : range[0].toString());
    n.put("last_date", range == null ? null : range[1].toString());
    n.put("today", LocalDate.now().toString());
    extent(s)
        .ifPresentOrElse(
            e -> n.putArray("extent")
                .add(round(e.getMinX()))
                .add(round(e.getMinY()))
                .add(round(e.getMaxX()))
                .add(round(e.getMaxY())),
            () -> n.putNull("extent"));
    ArrayNode links = n.putArray("links");
    for (String rel : List.of(
        "actors",
        "places",
        "figures",
        "changes",
        "series",
        "point",
        "control-areas",
        "settlements",
        "observations",
        "sources",
        "imports",
        "exports")) {
      links.addObject().put("rel", rel).put("href", BASE + "/" + rel);
    }
    links.addObject().put("rel", "service-desc").put("href", "/api/openapi.json");
    Responses.json(ctx, n);
  }

  /** The box around every observed place and area (their zones included), for an app to open on; empty if none. */
  static java.util.Optional<org.locationtech.jts.geom.Envelope> extent(Snapshot s) {
    org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope();
    s.index().footprints().forEach(f -> e.expandToInclude(f.geometry().getEnvelopeInternal()));
    return e.isNull() ? java.util.Optional.empty() : java.util.Optional.of(e);
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1000) / 1000.0;
  }

  void actors(Context ctx) {
    String lang = Responses.language(ctx);
    ArrayNode out = ServerJson.MAPPER.createArrayNode();
    for (Actor a : backend.snapshot(ctx).actors().all()) {
      ObjectNode n = ServerJson.tree(a);
      n.put("label", a.name(lang));
      out.add(n);
    }
    Responses.json(ctx, out);
  }

  void search(Context ctx) {
    String q = Params.required(ctx, "q");
    int limit = Params.integer(ctx, "limit", 10, 1, 100);
    String lang = Responses.language(ctx);
    ArrayNode out = ServerJson.MAPPER.createArrayNode();
    for (Place p : backend.store().search(q, limit)) {
      out.add(PlaceJson.of(p, lang));
    }
    ObjectNode n = ServerJson.object();
    n.put("query", q);
    n.set("places", out);
    Responses.json(ctx, n);
  }

  void place(Context ctx) {
    Responses.json(ctx, PlaceJson.of(place(backend, ctx.pathParam("id")), Responses.language(ctx)));
  }

  /** A place by GeoNames id (a path parameter); unknown ids are 404, malformed ones 400. */
  static Place place(Backend backend, String id) {
    return backend
        .store()
        .findPlace(placeId(id, "id"))
        .orElseThrow(() -> ApiException.notFound("no place with GeoNames id " + id));
  }

  /** A GeoNames id in a path or query parameter; malformed ones are 400. */
  static long placeId(String id, String parameter) {
    if (!id.matches("\\d{1,12}")) {
      throw ApiException.badParameter(
          parameter, "a place id is a GeoNames id (digits), was '" + id + "'");
    }
    return Long.parseLong(id);
  }
}
