package io.frontline.server.api;

import io.frontline.app.events.EventImportOutcome;
import io.frontline.app.events.EventImports;
import io.frontline.app.events.EventQueries;
import io.frontline.app.events.EventsReport;
import io.frontline.refusals.Refusal;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Background;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Conflict events: the events of a range with whose ground each was on ({@code format=csv} for CSV), the monthly
 * summary per actor, and the import of an event file (all or nothing; a rejected file is a 422 problem carrying the
 * report). Events do not change the store's revision, so their answers are not cached by revision.
 */
public final class EventRoutes {
  static final String EVENTS = CatalogRoutes.BASE + "/events";
  private final Backend backend;
  private final ImportRoutes uploads;
  private final Background background;

  public EventRoutes(Backend backend, long maxUpload_bytes, Background background) {
    this.backend = backend;
    this.uploads = new ImportRoutes(backend, maxUpload_bytes, background);
    this.background = background;
  }

  public void register(RoutesConfig routes) {
    routes.get(EVENTS, this::events);
    routes.get(EVENTS + "/summary", this::summary);
    routes.post(EVENTS + "/imports", this::importFile);
  }

  void events(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    EventQueries.Query query = new EventQueries.Query(
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        Params.text(ctx, "actor"),
        Params.text(ctx, "in_territory_of"),
        Params.bbox(ctx),
        Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE),
        Params.integer(ctx, "limit", 1000, 1, EventQueries.MAX_LIMIT));
    String format = Params.text(ctx, "format").orElse("json");
    if (!List.of("json", "csv", "geojson").contains(format)) {
      throw Refusal.badInput(
          "format", "${format} must be json, csv or geojson, was '" + format + "'");
    }
    EventsReport report = EventQueries.events(s, query);
    if (format.equals("geojson")) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      report.writeGeoJson(out);
      ctx.contentType("application/geo+json");
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"events-" + report.from() + "-" + report.to() + ".geojson\"");
      ctx.result(out.toByteArray());
      return;
    }
    if (format.equals("csv")) {
      StringWriter out = new StringWriter();
      report.writeCsv(out);
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header(
          "Content-Disposition",
          "attachment; filename=\"events-" + report.from() + "-" + report.to() + ".csv\"");
      ctx.result(out.toString());
      return;
    }
    Responses.json(ctx, report.toJson());
  }

  void summary(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    double frontKm =
        Params.text(ctx, "front_km").isPresent() ? Params.number(ctx, "front_km", 0, 500) : 10;
    Responses.json(ctx, EventQueries.summary(s, from, to, frontKm).toJson());
  }

  void importFile(Context ctx) {
    boolean dryRun = Params.flag(ctx, "dry_run");
    Path file = uploads.receive(ctx);
    try {
      EventImports imports = new EventImports(ObservationRoutes.gate(backend), backend.basemap());
      EventImports.Request request = new EventImports.Request(file, dryRun);
      EventImportOutcome outcome =
          background.run(() -> imports.run(request, backend.latest().actors()));
      Responses.json(ctx, outcome.toJson());
    } finally {
      ImportRoutes.delete(file);
    }
  }
}
