package io.frontline.server;

import io.frontline.server.api.CatalogRoutes;
import io.frontline.server.api.FigureRoutes;
import io.frontline.server.api.ImportRoutes;
import io.frontline.server.api.MapRoutes;
import io.frontline.server.api.ObservationRoutes;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Background;
import io.frontline.server.engine.Priorities;
import io.frontline.server.http.ApiContract;
import io.frontline.server.http.ErrorHandlers;
import io.frontline.server.http.HeavyRequests;
import io.frontline.server.http.HostCheck;
import io.frontline.server.http.ProblemErrorHandler;
import io.frontline.server.http.SecurityHeaders;
import io.frontline.server.http.WriteGuard;
import io.frontline.server.tiles.TileRoutes;
import io.frontline.server.web.AppRoutes;
import io.frontline.store.GeoPackageStore;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Frontline server: the web app, the JSON API under /api/v1, OGC API - Features under /ogc and vector tiles
 * under /tiles, on one Javalin (Jetty) server over one open store. Start with {@link #start(ServerConfig)}; close to
 * stop it and close the store.
 */
public final class FrontlineServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(FrontlineServer.class);
  /** A connection that sends nothing for this long is closed (a slow client cannot hold a thread). */
  static final long IDLE_TIMEOUT_MS = 30_000;
  /** The request line and headers together; larger ones are answered 431 (or 414 for a long URI). */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  private final ServerConfig config;
  private final GeoPackageStore store;
  private final Backend backend;
  private final Background background;
  private final HeavyRequests heavy;
  private final String token;
  private final Javalin app;
  private final List<Thread> warmUp;

  private FrontlineServer(
      ServerConfig config,
      GeoPackageStore store,
      Backend backend,
      Background background,
      HeavyRequests heavy,
      String token,
      Javalin app,
      List<Thread> warmUp) {
    this.heavy = heavy;
    this.warmUp = warmUp;
    this.backend = backend;
    this.background = background;
    this.config = config;
    this.store = store;
    this.token = token;
    this.app = app;
  }

  /** Opens the store, starts listening and returns once the server answers. */
  public static FrontlineServer start(ServerConfig config) {
    GeoPackageStore store = GeoPackageStore.open(config.store());
    Backend backend =
        Backend.open(store, config.zoneRadius_km(), config.cacheSize(), config.user());
    Background background = new Background();
    HeavyRequests heavy = HeavyRequests.defaults(Background.idleThreads("frontline-heavy"));
    try {
      String token = config.token().orElseGet(FrontlineServer::sessionToken);
      WriteGuard guard = new WriteGuard(token, config.user());
      boolean tokenInApp = config.token().isEmpty();
      TileRoutes tiles = new TileRoutes(backend);
      AppRoutes web = new AppRoutes(tokenInApp ? token : null, !config.loopback());
      Javalin app = Javalin.create(
          cfg -> configure(cfg, config, backend, background, heavy, guard, tiles, web));
      app.start(config.host(), config.port());
      List<String> compilers = Priorities.lowerOptimisingCompiler();
      LOG.debug("optimising compiler threads niced: {}", compilers);
      List<Thread> warmUp = warmUp(backend, tiles, web);
      LOG.info("Frontline server: {}", config.describe());
      return new FrontlineServer(config, store, backend, background, heavy, token, app, warmUp);
    } catch (RuntimeException e) {
      background.close();
      heavy.close();
      backend.gate().close();
      store.close();
      throw e;
    }
  }

  private static void configure(
      JavalinConfig cfg,
      ServerConfig config,
      Backend backend,
      Background background,
      HeavyRequests heavy,
      WriteGuard guard,
      TileRoutes tiles,
      AppRoutes web) {
    cfg.startup.showJavalinBanner = false;
    cfg.startup.showOldJavalinVersionWarning = false;
    cfg.http.maxRequestSize = config.maxUpload_bytes();
    cfg.jetty.modifyHttpConfiguration(http -> {
      http.setIdleTimeout(IDLE_TIMEOUT_MS);
      http.setRequestHeaderSize(MAX_HEADER_BYTES);
      http.setSendServerVersion(false);
    });
    // Each answer is copied out through a buffer of this size, allocated per request (32 KiB by
    // default): most
    // answers are a few hundred bytes, and at thousands of requests a second the default is most of
    // the garbage.
    cfg.http.responseBufferSize = 4096;
    cfg.http.prefer405over404 = true;
    cfg.router.ignoreTrailingSlashes = true;
    ApiContract contract = ApiContract.load();
    ErrorHandlers.register(cfg, contract);
    cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
    cfg.routes.before(SecurityHeaders::apply);
    cfg.routes.before(new HostCheck(config.loopback(), config.allowedHosts())::check);
    cfg.routes.beforeMatched(guard::check);
    cfg.routes.beforeMatched(contract::check);
    // Routes are matched in the order they are added: the busiest (point queries, tiles) go first.
    new MapRoutes(backend).register(cfg.routes);
    tiles.register(cfg.routes);
    new CatalogRoutes(backend).register(cfg.routes);
    new FigureRoutes(backend).register(cfg.routes);
    new ObservationRoutes(backend, config.maxBody_bytes()).register(cfg.routes);
    new io.frontline.server.api.SuggestionRoutes(backend, config.maxBody_bytes())
        .register(cfg.routes);
    new ImportRoutes(backend, config.maxUpload_bytes(), background).register(cfg.routes);
    new io.frontline.server.api.EventRoutes(backend, config.maxUpload_bytes(), background)
        .register(cfg.routes);
    new io.frontline.server.api.ExportRoutes(backend, heavy).register(cfg.routes);
    new io.frontline.server.ogc.OgcRoutes(backend).register(cfg.routes);
    web.register(cfg);
  }

  /**
   * Gzips the app's largest files and builds the latest control index on one thread, and the basemap's layers (the
   * app's opening zoom first) on another, so that the app opens fast even right after the start. Logs "warmed up"
   * once both are done. Closing the server interrupts them.
   */
  private static List<Thread> warmUp(Backend backend, TileRoutes tiles, AppRoutes web) {
    long started = System.nanoTime();
    AtomicInteger running = new AtomicInteger(2);
    Runnable finished = () -> {
      if (running.decrementAndGet() == 0) {
        LOG.info(
            "warmed up in {} ms: the app's files, the control index and the basemap's layers are ready",
            (System.nanoTime() - started) / 1_000_000);
      }
    };
    return List.of(
        warmUpThread(
            "frontline-warm-up",
            () -> {
              web.warm();
              backend.latest().dateRange().ifPresent(r -> backend.latest().areas(r[1]));
              backend.latest().points().warm();
            },
            finished),
        warmUpThread("frontline-warm-up-basemap", tiles::warm, finished));
  }

  private static Thread warmUpThread(String name, Runnable work, Runnable finished) {
    Thread t = new Thread(
        () -> {
          try {
            work.run();
            if (Thread.currentThread().isInterrupted()) {
              LOG.debug("warming up stopped: the server closed");
            } else {
              finished.run();
            }
          } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
              LOG.debug("warming up stopped: the server closed ({})", e.getMessage());
            } else {
              LOG.warn("warming up failed; requests will build what they need", e);
            }
          }
        },
        name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static String sessionToken() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
    return "http://" + host + ":" + port() + "/";
  }

  /** The write token: the one given, or the session's own when none was. */
  public String token() {
    return token;
  }

  public ServerConfig config() {
    return config;
  }

  /** The routes registered, as "METHOD /path/{parameter}": what the OpenAPI document and the app's files cover. */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
        .toList();
  }

  @Override
  public void close() {
    warmUp.forEach(Thread::interrupt);
    try {
      app.stop();
    } finally {
      background.close();
      heavy.close();
      backend.gate().close();
      store.close();
    }
  }
}
