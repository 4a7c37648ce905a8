package io.frontline.server.ogc;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Features;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.frontline.server.http.ServerJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * OGC API - Features, Part 1 (core, GeoJSON), under /ogc: landing page, conformance, collections and their items with
 * {@code bbox}, {@code datetime}, {@code limit} and next links, and single items, so that QGIS and GDAL
 * ({@code ogrinfo OAPIF:http://127.0.0.1:PORT/ogc}) read the data directly.
 */
public final class OgcRoutes {
  static final String BASE = "/ogc";
  static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
  static final int MAX_LIMIT = 10_000;
  private final Backend backend;
  private volatile byte[] definition;

  public OgcRoutes(Backend backend) {
    this.backend = backend;
  }

  public void register(RoutesConfig routes) {
    routes.get(BASE, this::landing);
    routes.get(BASE + "/openapi.json", ctx -> ctx.contentType(OgcApiDocument.MEDIA_TYPE)
        .result(definition()));
    routes.get(BASE + "/conformance", this::conformance);
    routes.get(BASE + "/collections", this::collections);
    routes.get(BASE + "/collections/{id}", ctx -> Responses.json(ctx, collection(ctx, find(ctx))));
    routes.get(BASE + "/collections/{id}/items", this::items);
    routes.get(BASE + "/collections/{id}/items/{featureId}", this::item);
  }

  /** The OpenAPI 3.0 definition, made on the first request and kept. */
  private byte[] definition() {
    byte[] d = definition;
    if (d == null) {
      d = OgcApiDocument.build();
      definition = d;
    }
    return d;
  }

  void landing(Context ctx) {
    ObjectNode n = ServerJson.object();
    n.put("title", "Frontline")
        .put(
            "description",
            "Sourced observations of territorial control, the control map"
                + " of any date, and the gazetteer, as OGC API - Features.");
    ArrayNode links = n.putArray("links");
    link(links, root(ctx) + BASE, "self", "application/json", "This document");
    link(
        links,
        root(ctx) + BASE + "/openapi.json",
        "service-desc",
        OgcApiDocument.MEDIA_TYPE,
        "The API definition (OpenAPI 3.0)");
    link(links, root(ctx) + "/api", "service-doc", "text/html", "The API documentation");
    link(
        links,
        root(ctx) + BASE + "/conformance",
        "conformance",
        "application/json",
        "Conformance classes");
    link(links, root(ctx) + BASE + "/collections", "data", "application/json", "The collections");
    Responses.json(ctx, n);
  }

  void conformance(Context ctx) {
    ObjectNode n = ServerJson.object();
    ArrayNode c = n.putArray("conformsTo");
    c.add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core");
    c.add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
    c.add("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    Responses.json(ctx, n);
  }

  void collections(Context ctx) {
    ObjectNode n = ServerJson.object();
    link(
        n.putArray("links"),
        root(ctx) + BASE + "/collections",
        "self",
        "application/json",
        "The collections");
    ArrayNode list = n.putArray("collections");
    for (OgcCollection c : OgcCollections.all(backend, backend.latest())) {
      list.add(collection(ctx, c));
    }
    Responses.json(ctx, n);
  }

  private ObjectNode collection(Context ctx, OgcCollection c) {
    ObjectNode n = ServerJson.object();
    n.put("id", c.id())
        .put("title", c.title())
        .put("description", c.description())
        .put("itemType", "feature");
    n.putArray("crs").add(CRS84);
    ObjectNode extent = n.putObject("extent");
    ObjectNode spatial = extent.putObject("spatial");
    spatial.putArray("bbox").add(Features.bbox(new Envelope(-180, 180, -90, 90)));
    spatial.put("crs", CRS84);
    if (c.interval() != null) {
      extent
          .putObject("temporal")
          .putArray("interval")
          .addArray()
          .add(c.interval()[0] + "T00:00:00Z")
          .add(c.interval()[1] + "T00:00:00Z");
    }
    String href = root(ctx) + BASE + "/collections/" + c.id();
    ArrayNode links = n.putArray("links");
    link(links, href, "self", "application/json", c.title());
    link(links, href + "/items", "items", "application/geo+json", c.title() + " as GeoJSON");
    return n;
  }

  void items(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    OgcCollection c = find(ctx, s);
    Envelope bbox = Params.bbox(ctx).orElse(null);
    OgcDatetime datetime = OgcDatetime.parse(ctx.queryParam("datetime")).orElse(null);
    int limit = Params.integer(ctx, "limit", 100, 1, MAX_LIMIT);
    int offset = Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    List<OgcCollection.Item> all = c.items(bbox, datetime);
    List<OgcCollection.Item> page = all.stream().skip(offset).limit(limit).toList();
    ObjectNode body = ServerJson.object();
    body.put("type", "FeatureCollection");
    body.put("numberMatched", all.size())
        .put("numberReturned", page.size())
        .put("timeStamp", Instant.now().toString());
    ArrayNode links = body.putArray("links");
    String href = root(ctx) + ctx.path();
    link(
        links,
        href + (ctx.queryString() == null ? "" : "?" + ctx.queryString()),
        "self",
        "application/geo+json",
        "This page");
    if (offset + limit < all.size()) {
      link(
          links,
          href + "?" + next(ctx, offset + limit),
          "next",
          "application/geo+json",
          "The next page");
    }
    ArrayNode features = body.putArray("features");
    page.forEach(i -> features.add(Features.feature(i.id(), i.geometry(), i.properties())));
    Responses.geojson(ctx, body);
  }

  void item(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    OgcCollection c = find(ctx, s);
    OgcDatetime datetime = OgcDatetime.parse(ctx.queryParam("datetime")).orElse(null);
    String id = ctx.pathParam("featureId");
    OgcCollection.Item found =
        c.items(null, c.id().equals("control-areas") ? datetime : null).stream()
            .filter(i -> i.id().equals(id))
            .findFirst()
            .orElseThrow(
                () -> ApiException.notFound("no feature '" + id + "' in collection " + c.id()));
    ObjectNode f = Features.feature(found.id(), found.geometry(), found.properties());
    link(
        f.putArray("links"),
        root(ctx) + ctx.path(),
        "self",
        "application/geo+json",
        "This feature");
    Responses.geojson(ctx, f);
  }

  private OgcCollection find(Context ctx) {
    return find(ctx, backend.latest());
  }

  private OgcCollection find(Context ctx, Snapshot s) {
    String id = ctx.pathParam("id");
    return OgcCollections.all(backend, s).stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> ApiException.notFound("no collection '" + id
            + "'; there are control-areas, places," + " observations and events"));
  }

  private static String next(Context ctx, int offset) {
    String q =
        ctx.queryString() == null ? "" : ctx.queryString().replaceAll("(^|&)offset=[^&]*", "");
    q = q.startsWith("&") ? q.substring(1) : q;
    return (q.isEmpty() ? "" : q + "&") + "offset=" + offset;
  }

  static String root(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }

  static void link(ArrayNode links, String href, String rel, String type, String title) {
    links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
  }
}
