package io.frontline.server.http;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every answer carries so a browser treats it safely: no type sniffing, never framed, no referrer, and a
 * content security policy. Data answers (JSON, tiles, files) get a policy that lets nothing run; the app's pages get
 * {@link #APP_POLICY}, which lets only the server's own scripts, styles, workers and data in: no inline script or
 * style, no other origin.
 */
public final class SecurityHeaders {
  /** The policy of the app's pages. MapLibre draws with workers and images it makes from blobs. */
  public static final String APP_POLICY = String.join(
      "; ",
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self' data: blob:",
      "font-src 'self'",
      "connect-src 'self' data: blob:",
      "worker-src 'self' blob:",
      "child-src 'self' blob:",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'");
  /** The headers of every answer but the app's pages. */
  public static final Map<String, String> API = Map.of(
      "Content-Security-Policy",
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      "X-Content-Type-Options",
      "nosniff",
      "X-Frame-Options",
      "DENY",
      "Referrer-Policy",
      "no-referrer",
      "Cross-Origin-Resource-Policy",
      "same-origin");

  private SecurityHeaders() {}

  /** A before-handler: sets the data answers' headers; a page handler replaces the policy with the app's. */
  public static void apply(Context ctx) {
    API.forEach(ctx::header);
  }

  /** For a page of the app. */
  public static void page(Context ctx) {
    ctx.header("Content-Security-Policy", APP_POLICY);
  }
}
