package io.frontline.server.http;

import io.javalin.http.Context;

/** Writing answers: JSON with its media type. */
public final class Responses {
  public static final String GEOJSON = "application/geo+json";

  private Responses() {
  }

  public static void json(Context ctx, Object body) {
    ctx.contentType("application/json").result(ServerJson.bytes(body));
  }

  public static void geojson(Context ctx, Object body) {
    ctx.contentType(GEOJSON).result(ServerJson.bytes(body));
  }

  /** A language code for names: "en" unless the request gives {@code lang}. */
  public static String language(Context ctx) {
    String lang = Params.text(ctx, "lang").orElse("en");
    if (!lang.matches("[a-z]{2,3}")) {
      throw ApiException.badParameter("lang", "lang must be a language code such as en, nl or ar, was '" + lang + "'");
    }
    return lang;
  }
}
