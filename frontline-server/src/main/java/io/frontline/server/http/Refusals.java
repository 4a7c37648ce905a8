package io.frontline.server.http;

import io.frontline.observations.Finding;
import io.frontline.refusals.Refusal;
import java.util.List;

/**
 * The one mapping of a {@link Refusal} to the API's answer: its status, its problem type and title, and its findings as
 * field errors. Parameters are named bare in the detail ({@code to must be after from}).
 */
public final class Refusals {
  private Refusals() {}

  /** The HTTP status of a refusal kind. */
  public static int status(Refusal.Kind kind) {
    return switch (kind) {
      case BAD_INPUT -> 400;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case REJECTED -> 422;
      case UNAVAILABLE -> 503;
    };
  }

  /** The refusal as the exception the error handlers write, with its report (an import's) as extension members. */
  public static ApiException of(Refusal r) {
    String detail = r.detail(name -> name);
    return switch (r.kind()) {
      case BAD_INPUT ->
        r.parameter()
            .map(p -> new ApiException(
                400,
                "bad-parameter",
                "Bad parameter",
                detail,
                List.of(new Problem.FieldError(p, "bad-parameter", detail)),
                null))
            .orElseGet(() -> ApiException.badRequest(detail));
      case NOT_FOUND -> ApiException.notFound(detail);
      case CONFLICT -> new ApiException(409, "conflict", "Conflict", detail, List.of(), null);
      case REJECTED ->
        new ApiException(
            422,
            "rejected",
            "Rejected",
            detail,
            fieldErrors(r.findings()),
            r.report().orElse(null));
      case UNAVAILABLE ->
        new ApiException(
            503,
            "store",
            "Store unavailable",
            "the store could not be read or written: " + detail,
            List.of(),
            null);
    };
  }

  private static List<Problem.FieldError> fieldErrors(List<Finding> findings) {
    return findings.stream()
        .map(f -> new Problem.FieldError(f.location(), f.code(), f.message()))
        .toList();
  }
}
