package io.frontline.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.csv.SafeCsv;
import io.frontline.geometry.Geometries;
import io.frontline.render.geo.Extent;
import io.frontline.render.geo.Regions;
import io.frontline.render.output.Format;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.ControlArea;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.exports.DateLayers;
import io.frontline.server.exports.GpkgExport;
import io.frontline.server.exports.KmlExport;
import io.frontline.server.exports.MapExport;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Features;
import io.frontline.server.http.HeavyRequests;
import io.frontline.server.http.Params;
import io.frontline.server.http.ServerJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The data of a date as a download: GeoJSON, GeoPackage, KML or CSV (control areas and settlements), or the map as
 * a publication picture, PNG or SVG, of the extent given by {@code bbox} (default Iraq and Syria).
 */
public final class ExportRoutes {
  static final List<String> FORMATS = List.of("geojson", "gpkg", "kml", "csv", "png", "svg");
  /** The largest picture the server draws, a side and in all; the command line draws larger ones. */
  static final int MAX_SIDE_PX = 4096;
  static final long MAX_PIXELS = 4096L * 4096;
  private final Backend backend;
  private final HeavyRequests heavy;

  public ExportRoutes(Backend backend, HeavyRequests heavy) {
    this.backend = backend;
    this.heavy = heavy;
  }

  public void register(RoutesConfig routes) {
    routes.get(CatalogRoutes.BASE + "/exports", this::export);
  }

  void export(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate date = Params.date(ctx, "date");
    String format = Params.required(ctx, "format");
    if (!FORMATS.contains(format)) {
      throw ApiException.badParameter("format", "format must be one of " + String.join(", ", FORMATS) + ", was '"
          + format + "'");
    }
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    String name = "frontline-" + date + "." + format;
    ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    if (format.equals("png") || format.equals("svg")) {
      Picture picture = picture(ctx, Format.find(format).orElseThrow());
      heavy.run(ctx, () -> draw(ctx, s, date, picture));
    } else {
      heavy.run(ctx, () -> data(ctx, s, date, format));
    }
  }

  private static void data(Context ctx, Snapshot s, LocalDate date, String format) {
    switch (format) {
      case "gpkg" -> ctx.contentType("application/geopackage+sqlite3").result(GpkgExport.write(DateLayers.of(s, date)));
      case "kml" -> ctx.contentType("application/vnd.google-earth.kml+xml")
          .result(KmlExport.write(DateLayers.of(s, date)));
      case "csv" -> ctx.contentType("text/csv; charset=utf-8").result(csv(DateLayers.of(s, date)));
      default -> ctx.contentType("application/geo+json").result(ServerJson.bytes(geojson(s, DateLayers.of(s, date))));
    }
  }

  /** What a picture request asks for, checked before it waits for its turn. */
  private record Picture(Extent extent, MapLanguage language, PageSize page, Format format) {
  }

  private static Picture picture(Context ctx, Format format) {
    Extent extent = Params.bbox(ctx).map(Extent::of).orElse(Regions.IRAQ_SYRIA);
    String lang = Params.text(ctx, "lang").orElse("en");
    MapLanguage language = MapLanguage.find(lang).orElseThrow(() -> ApiException.badParameter("lang",
        "lang must be one of " + String.join(", ", MapLanguage.codes()) + ", was '" + lang + "'"));
    PageSize page;
    try {
      page = PageSize.parse(Params.text(ctx, "size").orElse("1600x1200"), 150);
    } catch (IllegalArgumentException e) {
      throw ApiException.badParameter("size", e.getMessage());
    }
    if (page.width_px() > MAX_SIDE_PX || page.height_px() > MAX_SIDE_PX
        || (long) page.width_px() * page.height_px() > MAX_PIXELS) {
      throw ApiException.badParameter("size", "the server draws maps of at most " + MAX_SIDE_PX + "x" + MAX_SIDE_PX
          + " pixels, was " + page.width_px() + "x" + page.height_px() + "; 'frontline map --size' draws larger ones");
    }
    return new Picture(extent, language, page, format);
  }

  private static void draw(Context ctx, Snapshot s, LocalDate date, Picture p) {
    byte[] bytes = MapExport.write(s, date, p.extent(), p.language(), p.page(), s.actorId(Params.text(ctx, "actor")),
        p.format(), "GET " + ctx.path() + "?" + ctx.queryString());
    ctx.contentType(p.format() == Format.PNG ? "image/png" : "image/svg+xml").result(bytes);
  }

  static ObjectNode geojson(Snapshot s, DateLayers layers) {
    List<ObjectNode> features = new ArrayList<>();
    List<Geometry> geometries = new ArrayList<>();
    for (ControlArea a : layers.areas()) {
      ObjectNode p = MapRoutes.areaProperties(s.actors(), a, layers.date());
      p.put("layer", "control_areas");
      features.add(Features.feature(a.id(), a.geometry(), p));
      geometries.add(a.geometry());
    }
    for (DateLayers.SiteRow r : layers.settlements()) {
      var place = r.site().place();
      Geometry point = Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()));
      ObjectNode p = ServerJson.object();
      p.put("layer", "settlements").put("place_id", place.id()).put("name", place.name())
          .put("population", place.population()).put("holder", r.holding().holder())
          .put("status", r.holding().status().code()).put("other", r.holding().other())
          .put("implied", r.holding().decidedBy().implied())
          .put("observation", r.holding().decidedBy().observation().lineage());
      features.add(Features.feature("place-" + place.id(), point, p));
      geometries.add(point);
    }
    return Features.collection(features, geometries, MapRoutes.header(s, layers.date()));
  }

  static byte[] csv(DateLayers layers) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("place_id", "name", "country",
        "lat", "lon", "population", "holder", "status", "other", "date", "observation", "source", "implied").get())) {
      for (DateLayers.SiteRow r : layers.settlements()) {
        var p = r.site().place();
        var st = r.holding().decidedBy().statement();
        SafeCsv.printRecord(csv, p.id(), p.name(), p.country(), p.lat(), p.lon(), p.population(), r.holding().holder(),
            r.holding().status().code(), r.holding().other(), st.date().toString(),
            r.holding().decidedBy().observation().lineage(), String.join(" ", st.source().urls()),
            r.holding().decidedBy().implied());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
