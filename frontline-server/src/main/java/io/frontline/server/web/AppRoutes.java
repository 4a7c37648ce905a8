package io.frontline.server.web;

import io.frontline.server.http.ApiException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The web app: static files from the classpath ({@code /web}: the app's modules and CSS, and MapLibre GL JS vendored
 * from npm), and the app's start page with the session's write token in a meta tag when the server made one (a page
 * of another site cannot read it: same-origin policy; the Host check stops DNS rebinding). When a token was given
 * (a server on the network), the app asks the user for it instead.
 */
public final class AppRoutes {
  private final String appToken;
  private final boolean askForToken;
  private final String index;

  public AppRoutes(String appToken, boolean askForToken) {
    this.appToken = appToken;
    this.askForToken = askForToken;
    this.index = read("/web/index.html");
  }

  public void register(JavalinConfig cfg) {
    cfg.staticFiles.add(files -> {
      files.hostedPath = "/";
      files.directory = "/web";
      files.location = Location.CLASSPATH;
      files.skipFileFunction = req -> req.getRequestURI().equals("/") || req.getRequestURI().equals("/index.html");
      files.headers = java.util.Map.of("Cache-Control", "no-cache");
    });
    cfg.routes.get("/", this::page);
    cfg.routes.get("/index.html", this::page);
    cfg.routes.get("/api", ctx -> ctx.contentType("text/html; charset=utf-8").result(read("/web/api.html")));
    cfg.routes.get("/api/openapi.json", ctx -> ctx.contentType("application/vnd.oai.openapi+json;version=3.1")
        .result(read("/web/openapi.json")));
  }

  private void page(Context ctx) {
    String meta = "<meta name=\"frontline-token\" content=\"" + (appToken == null ? "" : appToken) + "\">"
        + "<meta name=\"frontline-ask-token\" content=\"" + askForToken + "\">";
    ctx.header("Cache-Control", "no-store");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.contentType("text/html; charset=utf-8").result(index.replace("<!--frontline-meta-->", meta));
  }

  static String read(String resource) {
    try (InputStream in = AppRoutes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw ApiException.notFound("no resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
