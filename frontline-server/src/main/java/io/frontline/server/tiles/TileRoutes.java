package io.frontline.server.tiles;

import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Lru;
import io.frontline.server.engine.Snapshot;
import io.frontline.server.http.Caching;
import io.frontline.server.http.Params;
import io.frontline.server.http.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * Vector tiles (MVT): {@code /tiles/basemap/{z}/{x}/{y}.mvt} (never changes while the server runs) and
 * {@code /tiles/control/{date}/{z}/{x}/{y}.mvt} (the control map of a date, with {@code as_of}; cached per snapshot
 * and date, tagged with the store revision) and {@code /tiles/events/{from}/{to}/{z}/{x}/{y}.mvt} (the events of a
 * window, with {@code type}, {@code side} and {@code as_of}: {@link EventTiles}).
 */
public final class TileRoutes {
  static final String MVT = "application/vnd.mapbox-vector-tile";
  private final Backend backend;
  private final BasemapTiles basemap;
  private final Lru<String, List<TileLayer>> controlLayers = new Lru<>(64);
  private final Lru<String, byte[]> controlTiles = new Lru<>(8192);
  private final EventTileCache events = new EventTileCache();

  public TileRoutes(Backend backend) {
    this.backend = backend;
    this.basemap = new BasemapTiles(backend.basemap(), backend.store());
  }

  public void register(RoutesConfig routes) {
    routes.get("/tiles/basemap/{z}/{x}/{y}", this::basemap);
    routes.get("/tiles/control/{date}/{z}/{x}/{y}", this::control);
    routes.get("/tiles/events/{from}/{to}/{z}/{x}/{y}", this::events);
  }

  void basemap(Context ctx) {
    TileKey key = TileKey.parse(ctx.pathParam("z"), ctx.pathParam("x"), ctx.pathParam("y"));
    ctx.header("Cache-Control", "public, max-age=86400");
    Responses.bytes(ctx, MVT, basemap.tile(key));
  }

  void control(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate date = Params.date("date", ctx.pathParam("date"));
    TileKey key = TileKey.parse(ctx.pathParam("z"), ctx.pathParam("x"), ctx.pathParam("y"));
    if (Caching.notModified(ctx, s.key().tag(), s.key().asOf())) {
      return;
    }
    String layersKey = s.key().tag() + "|" + date;
    byte[] tile = controlTiles.get(
        layersKey + "|" + key,
        k -> TileEncoder.encode(
            key, controlLayers.get(layersKey, x -> ControlTiles.layers(s, date))));
    Responses.bytes(ctx, MVT, tile);
  }

  void events(Context ctx) {
    Snapshot s = backend.snapshot(ctx);
    LocalDate from = Params.date("from", ctx.pathParam("from"));
    LocalDate to = Params.date("to", ctx.pathParam("to"));
    if (to.isBefore(from)) {
      throw io.frontline.server.http.ApiException.badParameter(
          "to", "the window ends before it starts: " + from + " to " + to);
    }
    TileKey key = TileKey.parse(ctx.pathParam("z"), ctx.pathParam("x"), ctx.pathParam("y"));
    EventTiles.Filter filter = new EventTiles.Filter(
        from,
        to,
        Params.text(ctx, "type").orElse(null),
        Params.text(ctx, "side").orElse(null));
    String tag = events.tag(s);
    if (Caching.notModified(ctx, tag, s.key().asOf())) {
      return;
    }
    Responses.bytes(ctx, MVT, events.tile(s, tag, filter, key));
  }

  /** The zooms whose basemap layers are built at start: the app's opening zoom (5.3) and its neighbours first. */
  static final int[] WARM_ZOOMS = {5, 6, 4, 3, 7, 8, 2, 9, 10, 11, 12};

  /**
   * Builds the basemap's layers, the zooms the app opens at first, so the first tiles come fast; then the events'
   * index (reading the events and whose ground each was on: seconds for 50,000 events), when the store has events.
   */
  public void warm() {
    for (int i = 0; i < WARM_ZOOMS.length && !Thread.currentThread().isInterrupted(); i++) {
      basemap.layers(WARM_ZOOMS[i]);
    }
    if (!Thread.currentThread().isInterrupted()) {
      events.warm(backend.latest());
    }
  }
}
