package io.frontline.server.api;

import io.frontline.app.View;
import io.frontline.app.figures.ChangesReport;
import io.frontline.app.figures.FigureQueries;
import io.frontline.gazetteer.Place;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;

/** Figures, changes, series and place histories, in the shapes of docs/schema. */
public final class FigureRoutes {
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
    Optional<String> actor = Params.text(ctx, "actor");
    Optional<String> lang = language(ctx);
    s.actorId(actor);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    Responses.json(ctx, FigureQueries.figures(s, date, actor, lang).toJson());
  }

  void changes(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    View.checkOrder(from, to, false);
    Optional<String> actor = Params.text(ctx, "actor");
    s.actorId(actor);
    boolean csv = Params.text(ctx, "format").map("csv"::equals).orElse(false);
    Optional<String> lang = language(ctx);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    ChangesReport report = FigureQueries.changes(s, from, to, actor, lang);
    if (csv) {
      ChangesCsv.write(ctx, report.changes());
      return;
    }
    Responses.json(ctx, report.toJson());
  }

  void series(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    String actor = Params.text(ctx, "actor")
        .orElseThrow(() -> ApiException.badParameter("actor", "actor is required"));
    LocalDate[] range = s.dateRange().orElse(new LocalDate[] {LocalDate.now(), LocalDate.now()});
    LocalDate from = Params.optionalDate(ctx, "from").orElse(range[0]);
    LocalDate to = Params.optionalDate(ctx, "to").orElse(range[1]);
    int step = Params.integer(ctx, "step", 1, 1, 366);
    s.actor(actor);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    Responses.json(ctx, FigureQueries.series(s, actor, from, to, step).toJson());
  }

  void history(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    Place place = CatalogRoutes.place(backend, ctx.pathParam("id"));
    Optional<String> lang = language(ctx);
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    Responses.json(ctx, FigureQueries.history(s, place, lang).toJson());
  }

  /** The language asked ({@code lang}), checked; empty when none was. */
  private static Optional<String> language(Context ctx) {
    return Params.text(ctx, "lang").map(x -> Responses.language(ctx));
  }
}
