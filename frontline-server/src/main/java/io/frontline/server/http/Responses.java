package io.frontline.server.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writing answers: JSON with its media type. */
public final class Responses {
  public static final String GEOJSON = "application/geo+json";
  private static final int SMALL = 1400;

  private Responses() {}

  public static void json(Context ctx, Object body) {
    bytes(ctx, "application/json", ServerJson.bytes(body));
  }

  public static void geojson(Context ctx, Object body) {
    bytes(ctx, GEOJSON, ServerJson.bytes(body));
  }

  /**
   * Writes an answer. Small successful answers to reads (most API answers, tiles) go straight to the connection with
   * their length, which saves the copy through a per-request buffer; larger ones go through Javalin, which
   * compresses them when the client accepts it, and so do errors and answers to writes (Javalin also finishes
   * reading or discarding the request's body for them).
   */
  public static void bytes(Context ctx, String contentType, byte[] body) {
    ctx.contentType(contentType);
    if (body.length > SMALL
        || ctx.statusCode() != 200
        || !"GET".equals(ctx.method().name())) {
      ctx.result(body);
      return;
    }
    try {
      ctx.res().setContentLength(body.length);
      ctx.res().getOutputStream().write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("the client went away: " + e.getMessage(), e);
    }
  }

  /** A language code for names: "en" unless the request gives {@code lang}. */
  public static String language(Context ctx) {
    String lang = Params.text(ctx, "lang").orElse("en");
    if (!lang.matches("[a-z]{2,3}")) {
      throw ApiException.badParameter(
          "lang", "lang must be a language code such as en, nl or ar, was '" + lang + "'");
    }
    return lang;
  }
}
