package io.frontline.server.http;

import io.frontline.timeline.RecordTime;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * ETags and cache headers for answers that depend only on the store's state: the tag hashes the snapshot key (store
 * revision, "as recorded" time, zone radius) with the request's path and query, so a write changes every tag. An
 * answer "as recorded" at a past instant never changes and may be cached for a day; one on the latest state must be
 * revalidated.
 */
public final class Caching {
  private Caching() {}

  /**
   * Sets ETag and Cache-Control; returns true when the client's If-None-Match matches, after answering 304, so the
   * handler stops there.
   */
  public static boolean notModified(Context ctx, String snapshotTag, RecordTime asOf) {
    String etag = "\"" + hash(snapshotTag + "|" + ctx.path() + "?" + normalQuery(ctx)) + "\"";
    ctx.header("ETag", etag);
    ctx.header("Cache-Control", asOf.instant().isPresent() ? "public, max-age=86400" : "no-cache");
    String match = ctx.header("If-None-Match");
    if (match != null && (match.equals("*") || matches(match, etag))) {
      ctx.status(304);
      return true;
    }
    return false;
  }

  private static boolean matches(String header, String etag) {
    for (String candidate : header.split(",")) {
      String c = candidate.strip();
      if (c.startsWith("W/")) {
        c = c.substring(2);
      }
      if (c.equals(etag)) {
        return true;
      }
    }
    return false;
  }

  private static String normalQuery(Context ctx) {
    String q = ctx.queryString();
    return q == null ? "" : q;
  }

  static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
