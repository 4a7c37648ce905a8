package io.frontline.server.api;

import io.frontline.app.exports.ExportFormat;
import io.frontline.app.exports.Exports;
import io.frontline.app.maps.MapPictures;
import io.frontline.app.maps.MapRequest;
import io.frontline.render.geo.Extent;
import io.frontline.render.geo.Regions;
import io.frontline.render.output.Format;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Caching;
import io.frontline.server.http.HeavyRequests;
import io.frontline.server.http.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The data of a date as a download: GeoJSON, GeoPackage, KML or CSV (control areas and settlements, by the export use
 * case), or the map as a publication picture, PNG or SVG, of the extent given by {@code bbox} (default Iraq and Syria),
 * by the map use case of {@code frontline map}.
 */
public final class ExportRoutes {
  static final List<String> PICTURES = List.of("png", "svg");
  static final List<String> FORMATS = formats();
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
      throw ApiException.badParameter(
          "format",
          "format must be one of " + String.join(", ", FORMATS) + ", was '" + format + "'");
    }
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    ctx.header(
        "Content-Disposition", "attachment; filename=\"frontline-" + date + "." + format + "\"");
    Optional<ExportFormat> data = ExportFormat.find(format);
    if (data.isPresent()) {
      heavy.run(ctx, () -> data(ctx, s, date, data.get()));
    } else {
      Format picture = Format.find(format).orElseThrow();
      MapRequest request = picture(ctx, date);
      heavy.run(ctx, () -> draw(ctx, s, request, picture));
    }
  }

  private static void data(Context ctx, Snapshot s, LocalDate date, ExportFormat format) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Exports.date(s, date, format, body);
    ctx.contentType(format.mediaType()).result(body.toByteArray());
  }

  /** What a picture request asks for, checked before it waits for its turn. */
  private static MapRequest picture(Context ctx, LocalDate date) {
    Extent extent = Params.bbox(ctx).map(Extent::of).orElse(Regions.IRAQ_SYRIA);
    MapRequest request = MapRequest.of(
        List.of(date),
        Params.text(ctx, "actor"),
        MapPictures.language(Params.text(ctx, "lang").orElse("en")),
        extent,
        MapPictures.page(Params.text(ctx, "size"), 150, MapPictures.Limits.SERVER));
    return Params.flag(ctx, "events")
        ? request.withEvents(new MapRequest.Events(
            Params.optionalDate(ctx, "events_from"),
            Params.optionalDate(ctx, "events_to"),
            Params.text(ctx, "events_type")))
        : request;
  }

  private static void draw(Context ctx, Snapshot s, MapRequest request, Format format) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    MapPictures.plan(s, request, "GET " + ctx.path() + "?" + ctx.queryString()).write(format, body);
    ctx.contentType(format == Format.PNG ? "image/png" : "image/svg+xml")
        .result(body.toByteArray());
  }

  private static List<String> formats() {
    List<String> all = new ArrayList<>(ExportFormat.names());
    all.addAll(PICTURES);
    return List.copyOf(all);
  }
}
