package io.frontline.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.actors.Actors;
import io.frontline.app.control.ControlArea;
import io.frontline.app.exports.DateLayers;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.formats.json.ObservationJson;
import io.frontline.geometry.Geometries;
import io.frontline.render.text.CityNames;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Features;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** The control map of a date as GeoJSON (areas and settlements) and the point query "who held this point". */
public final class MapRoutes {
  private final Backend backend;

  public MapRoutes(Backend backend) {
    this.backend = backend;
  }

  public void register(RoutesConfig routes) {
    routes.get(CatalogRoutes.BASE + "/control-areas", this::areas);
    routes.get(CatalogRoutes.BASE + "/settlements", this::settlements);
    routes.get(CatalogRoutes.BASE + "/point", this::point);
  }

  void areas(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate date = Params.date(ctx, "date");
    Optional<Envelope> bbox = Params.bbox(ctx);
    Optional<String> actor = s.actorId(Params.text(ctx, "actor"));
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    List<ObjectNode> features = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (ControlArea a : s.areas(date)) {
      if (actor.isPresent() && !actor.get().equals(a.holder()) && !actor.get().equals(a.other())) {
        continue;
      }
      Geometry g = bbox.map(
              b -> Geometries.intersection(a.geometry(), Geometries.FACTORY.toGeometry(b)))
          .orElse(a.geometry());
      if (!g.isEmpty()) {
        features.add(Features.feature(a.id(), g, areaProperties(s.actors(), a, date)));
        geometries.add(g);
      }
    }
    Responses.geojson(ctx, Features.collection(features, geometries, header(s, date)));
  }

  /** The properties of a control area: the columns of every export ({@link DateLayers#AREA_COLUMNS}). */
  public static ObjectNode areaProperties(Actors actors, ControlArea a, LocalDate date) {
    return ServerJson.tree(DateLayers.properties(actors, a, date));
  }

  void settlements(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate date = Params.date(ctx, "date");
    Optional<Envelope> bbox = Params.bbox(ctx);
    int minPopulation = Params.integer(ctx, "min_population", 0, 0, Integer.MAX_VALUE);
    String lang = Responses.language(ctx);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    List<ObjectNode> features = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (Site site : s.index().sites()) {
      Holding h = site.at(date).orElse(null);
      var p = site.place();
      if (h == null
          || p.population() < minPopulation
          || bbox.map(b -> !b.contains(p.lon(), p.lat())).orElse(false)) {
        continue;
      }
      Geometry point = Geometries.FACTORY.createPoint(
          new org.locationtech.jts.geom.Coordinate(p.lon(), p.lat()));
      features.add(Features.feature(
          Long.toString(p.id()), point, siteProperties(s.actors(), site, h, lang)));
      geometries.add(point);
    }
    Responses.geojson(ctx, Features.collection(features, geometries, header(s, date)));
  }

  private static ObjectNode siteProperties(Actors actors, Site site, Holding h, String lang) {
    ObjectNode p = ServerJson.object();
    p.put("id", site.place().id())
        .put("name", site.place().name())
        .put("label", CityNames.label(site.place(), lang))
        .put("population", site.place().population())
        .put("observed", site.observed())
        .put("holder", h.holder())
        .put("status", h.status().code())
        .put("other", h.other())
        .put("colour", colour(actors, h.holder()))
        .put("implied", h.decidedBy().implied())
        .put("observation", h.decidedBy().observation().lineage());
    CityNames.find(site.place().id()).ifPresent(c -> p.put("label_rank", c.rank()));
    return p;
  }

  void point(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    double lat = Params.number(ctx, "lat", -90, 90);
    double lon = Params.number(ctx, "lon", -180, 180);
    LocalDate date = Params.date(ctx, "date");
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    ObjectNode n = ServerJson.object();
    n.put("lat", lat).put("lon", lon).put("date", date.toString());
    Optional<Atom> atom = s.points().atomAt(lon, lat);
    Optional<Holding> h = atom.flatMap(a -> a.at(date));
    n.put("holder", h.map(Holding::holder).orElse(null));
    n.put("holder_name", h.map(x -> name(s.actors(), x.holder())).orElse(null));
    n.put("status", h.map(x -> x.status().code()).orElse(null));
    n.put("other", h.map(Holding::other).orElse(null));
    n.put("implied", h.map(x -> x.decidedBy().implied()).orElse(false));
    n.put("inferred", h.map(Holding::inferred).orElse(false));
    n.put(
        "basis",
        atom.flatMap(a -> h.map(x -> new ControlIndex.ControlMap.Piece(a, x)))
            .map(p -> p.basis(date, Snapshot.STALE_AFTER_DAYS).code())
            .orElse(null));
    n.put(
        "decided_on",
        h.map(x -> LocalDate.ofEpochDay(x.decidedBy().startDay()).toString()).orElse(null));
    n.put("age_days", h.map(x -> date.toEpochDay() - x.decidedBy().startDay()).orElse(null));
    n.put("stale_after_days", Snapshot.STALE_AFTER_DAYS);
    n.put("atom_km2", atom.map(a -> Math.round(a.area_km2() * 10) / 10.0).orElse(null));
    n.set(
        "observation",
        h.map(x -> ObservationJson.of(x.decidedBy().observation())).orElse(null));
    n.put(
        "explanation",
        h.isPresent()
            ? null
            : atom.isPresent()
                ? "no observation covering this point had begun by " + date
                : "no observation covers this point");
    n.put("as_of", s.key().asOf().toString()).put("store_revision", s.key().revision());
    Responses.json(ctx, n);
  }

  static ObjectNode header(Snapshot s, LocalDate date) {
    ObjectNode h = ServerJson.object();
    h.put("date", date.toString())
        .put("as_of", s.key().asOf().toString())
        .put("store_revision", s.key().revision());
    return h;
  }

  static String name(Actors actors, String id) {
    return DateLayers.name(actors, id);
  }

  static String colour(Actors actors, String id) {
    return DateLayers.colour(actors, id);
  }
}
