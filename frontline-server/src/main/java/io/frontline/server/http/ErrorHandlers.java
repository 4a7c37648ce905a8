package io.frontline.server.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.refusals.Refusal;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps every failure to one {@link Problem}: refused requests ({@link ApiException}, a {@link Refusal} through
 * {@link Refusals}, a caller's {@link IllegalArgumentException}) to their 4xx or 503, routing failures (unknown path, wrong method, body over the limit)
 * to theirs, and anything else (a bug) to a generic 500 whose detail hides the cause, which is logged.
 */
public final class ErrorHandlers {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);
  private static final Map<Integer, String> TITLES = Map.ofEntries(
      Map.entry(400, "Bad request"),
      Map.entry(401, "Write token required"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not found"),
      Map.entry(405, "Method not allowed"),
      Map.entry(406, "Not acceptable"),
      Map.entry(408, "Request timeout"),
      Map.entry(413, "Request body too large"),
      Map.entry(414, "URI too long"),
      Map.entry(415, "Unsupported media type"),
      Map.entry(429, "Too many requests"),
      Map.entry(431, "Request header fields too large"),
      Map.entry(503, "Unavailable"));

  private ErrorHandlers() {}

  public static void register(JavalinConfig cfg, ApiContract contract) {
    cfg.routes.exception(ApiException.class, (e, ctx) -> {
      e.headers().forEach(ctx::header);
      write(ctx, problem(e, ctx), e.extension());
    });
    cfg.routes.exception(
        IllegalArgumentException.class,
        (e, ctx) -> write(
            ctx,
            new Problem(
                Problem.TYPE_BASE + "bad-request",
                "Bad request",
                400,
                e.getMessage(),
                ctx.path(),
                List.of())));
    cfg.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> write(ctx, routing(e.getStatus(), e.getMessage(), ctx)));
    cfg.routes.exception(Refusal.class, (e, ctx) -> {
      if (e.kind() == Refusal.Kind.UNAVAILABLE) {
        LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
      }
      ApiException api = Refusals.of(e);
      write(ctx, problem(api, ctx), api.extension());
    });
    cfg.routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      write(
          ctx,
          new Problem(
              Problem.TYPE_BASE + "internal",
              "Internal error",
              500,
              "an internal error occurred; it has been logged",
              ctx.path(),
              List.of()));
    });
    cfg.router.javaLangErrorHandler((res, error) -> {
      LOG.error("fatal error while answering a request", error);
      res.setStatus(500);
      res.setContentType(Problem.MEDIA_TYPE);
      try {
        res.getOutputStream()
            .write(ServerJson.bytes(body(new Problem(
                Problem.TYPE_BASE + "internal",
                "Internal error",
                500,
                "an internal error occurred; it has been logged",
                null,
                List.of()))));
      } catch (java.io.IOException e) {
        LOG.warn("could not write the error answer", e);
      }
    });
    cfg.routes.error(404, ctx -> {
      if (!isProblem(ctx)) {
        write(ctx, routing(404, "no resource at " + ctx.path(), ctx));
      }
    });
    cfg.routes.error(405, ctx -> {
      ctx.header(
          "Allow", String.join(", ", contract.methods(ctx.path()).orElse(List.of("GET", "HEAD"))));
      if (!isProblem(ctx)) {
        write(ctx, routing(405, ctx.method() + " is not allowed on " + ctx.path(), ctx));
      }
    });
  }

  static Problem problem(ApiException e, Context ctx) {
    return new Problem(
        Problem.TYPE_BASE + e.kind(),
        e.title(),
        e.status(),
        e.getMessage(),
        ctx.path(),
        e.errors());
  }

  static Problem routing(int status, String message, Context ctx) {
    int code = status >= 400 && status <= 599 ? status : 500;
    String detail =
        switch (code) {
          case 404 -> "no resource at " + ctx.path();
          case 405 -> ctx.method() + " is not allowed on " + ctx.path();
          case 413 -> "the request body is larger than the server accepts";
          default ->
            message == null || message.isBlank() ? TITLES.getOrDefault(code, "Error") : message;
        };
    return new Problem(
        Problem.TYPE_BASE + "http-" + code,
        TITLES.getOrDefault(code, "Error"),
        code,
        detail,
        ctx.path(),
        List.of());
  }

  /** The title of a status's problem. */
  static String title(int status) {
    return TITLES.getOrDefault(status, status >= 500 ? "Server error" : "Error");
  }

  private static boolean isProblem(Context ctx) {
    String type = ctx.res().getContentType();
    return type != null && type.startsWith(Problem.MEDIA_TYPE);
  }

  /** Writes a problem, with the extension members of an {@link ApiException} where there are any. */
  public static void write(Context ctx, Problem problem) {
    write(ctx, problem, null);
  }

  static void write(Context ctx, Problem problem, Object extension) {
    ObjectNode body = body(problem);
    if (extension != null) {
      body.setAll(ServerJson.tree(extension));
    }
    ctx.status(problem.status()).contentType(Problem.MEDIA_TYPE).result(ServerJson.bytes(body));
    ctx.res().setHeader("Cache-Control", "no-store");
    if (problem.status() == 401) {
      ctx.res().setHeader("WWW-Authenticate", "Bearer realm=\"frontline\"");
    }
  }

  /** A problem's JSON: members without a value (no instance, no field errors) are left out, never null. */
  static ObjectNode body(Problem problem) {
    ObjectNode body = ServerJson.tree(problem);
    if (problem.errors().isEmpty()) {
      body.remove("errors");
    }
    if (problem.instance() == null) {
      body.remove("instance");
    }
    return body;
  }
}
