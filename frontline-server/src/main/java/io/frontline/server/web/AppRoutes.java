package io.frontline.server.web;

import io.frontline.server.http.ApiException;
import io.frontline.server.http.SecurityHeaders;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The web app: its files from the classpath ({@code /web}: the app's modules and CSS, and MapLibre GL JS vendored
 * from npm), read and gzipped once and kept in memory (compressing MapLibre's 1.1 MB on every visit took about 200 ms
 * before its first byte went out), and its start page with the session's write token in a meta tag when the
 * server made one (a page of another site cannot read it: same-origin policy; the Host check stops DNS rebinding).
 * When a token was given (a server on the network), the app asks the user for it instead. Only the app's own
 * folders are served, and only plain file names, so no path reaches outside them.
 */
public final class AppRoutes {
  private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]*");
  private static final Map<String, String> TYPES = Map.of(
      "js",
      "text/javascript; charset=utf-8",
      "mjs",
      "text/javascript; charset=utf-8",
      "css",
      "text/css; charset=utf-8",
      "html",
      "text/html; charset=utf-8",
      "json",
      "application/json",
      "txt",
      "text/plain; charset=utf-8");
  private final String appToken;
  private final boolean askForToken;
  private final String index;
  private final Map<String, StaticFile> files = new ConcurrentHashMap<>();

  public AppRoutes(String appToken, boolean askForToken) {
    this.appToken = appToken;
    this.askForToken = askForToken;
    this.index = new String(read("/web/index.html"), StandardCharsets.UTF_8);
  }

  /** The files a first visit needs before the map can start (MapLibre, its worker, the styles), read and gzipped. */
  public void warm() {
    for (String file : List.of(
        "/web/vendor/maplibre/maplibre-gl.mjs",
        "/web/vendor/maplibre/maplibre-gl-worker.mjs",
        "/web/vendor/maplibre/maplibre-gl.css",
        "/web/app.css",
        "/web/js/main.js")) {
      staticFile(file);
    }
  }

  public void register(JavalinConfig cfg) {
    cfg.routes.get("/", this::page);
    cfg.routes.get("/index.html", this::page);
    cfg.routes.get("/app.css", ctx -> file(ctx, "/web/app.css"));
    cfg.routes.get("/js/{name}", ctx -> file(ctx, "/web/js/" + name(ctx)));
    cfg.routes.get(
        "/vendor/maplibre/{name}", ctx -> file(ctx, "/web/vendor/maplibre/" + name(ctx)));
    cfg.routes.get("/api.css", ctx -> file(ctx, "/web/api.css"));
    cfg.routes.get("/api-guide.js", ctx -> file(ctx, "/web/api-guide.js"));
    cfg.routes.get("/api", ctx -> {
      file(ctx, "/web/api.html");
      SecurityHeaders.page(ctx);
    });
    cfg.routes.get("/api/openapi.json", ctx -> {
      file(ctx, "/web/openapi.json");
      ctx.contentType("application/vnd.oai.openapi+json;version=3.1");
    });
  }

  private void page(Context ctx) {
    String meta = "<meta name=\"frontline-token\" content=\"" + (appToken == null ? "" : appToken)
        + "\">" + "<meta name=\"frontline-ask-token\" content=\"" + askForToken + "\">";
    ctx.header("Cache-Control", "no-store");
    SecurityHeaders.page(ctx);
    ctx.contentType("text/html; charset=utf-8")
        .result(index.replace("<!--frontline-meta-->", meta));
  }

  private static String name(Context ctx) {
    String name = ctx.pathParam("name");
    if (!NAME.matcher(name).matches()) {
      throw ApiException.notFound("no file " + name);
    }
    return name;
  }

  /**
   * Answers a file with an ETag of its content: the browser keeps the file (and what it compiled of a script) and
   * asks again on each visit, getting a 304 without a body while the file is unchanged. A browser that takes gzip
   * gets the copy gzipped once (its own ETag: it is another representation).
   */
  private void file(Context ctx, String resource) {
    StaticFile file = staticFile(resource);
    boolean gzip =
        file.gzipped() != null && AcceptEncoding.allowsGzip(ctx.header("Accept-Encoding"));
    String etag = gzip ? file.gzipEtag() : file.etag();
    String extension = resource.substring(resource.lastIndexOf('.') + 1);
    ctx.disableCompression();
    SecurityHeaders.page(
        ctx); // a worker's script carries its own policy: MapLibre's fetches its tiles
    ctx.header("Cache-Control", "no-cache");
    ctx.header("Vary", "Accept-Encoding");
    ctx.header("ETag", etag);
    ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    if (gzip) {
      ctx.header("Content-Encoding", "gzip");
    }
    ctx.result(gzip ? file.gzipped() : file.content());
  }

  private StaticFile staticFile(String resource) {
    return files.computeIfAbsent(resource, r -> StaticFile.of(read(r)));
  }

  /** A file's bytes, their gzipped copy (null when gzip would not make it smaller) and the ETags of both. */
  private record StaticFile(byte[] content, String etag, byte[] gzipped, String gzipEtag) {
    static StaticFile of(byte[] content) {
      try {
        String hash =
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 12);
        byte[] gzipped = gzip(content);
        boolean smaller = gzipped.length < content.length * 0.9;
        return new StaticFile(
            content, "\"" + hash + "\"", smaller ? gzipped : null, "\"" + hash + "-gzip\"");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is missing from this Java", e);
      }
    }

    private static byte[] gzip(byte[] content) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(content.length / 3 + 64);
      try (GZIPOutputStream gz = new GZIPOutputStream(out) {
        {
          def.setLevel(Deflater.BEST_COMPRESSION);
        }
      }) {
        gz.write(content);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot gzip in memory", e);
      }
      return out.toByteArray();
    }
  }

  static byte[] read(String resource) {
    try (InputStream in = AppRoutes.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw ApiException.notFound("no file " + resource.replaceFirst("^/web", ""));
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
