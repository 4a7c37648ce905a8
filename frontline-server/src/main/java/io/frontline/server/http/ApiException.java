package io.frontline.server.http;

import java.util.List;
import java.util.Map;

/**
 * A request the API refuses, with the status and the text of its {@link Problem}. Thrown anywhere in a handler; the
 * error handlers turn it into {@code application/problem+json}.
 */
public final class ApiException extends RuntimeException {
  private final int status;
  private final String kind;
  private final String title;
  private final transient List<Problem.FieldError> errors;
  private final transient Object extension;
  private final transient Map<String, String> headers;

  public ApiException(
      int status,
      String kind,
      String title,
      String detail,
      List<Problem.FieldError> errors,
      Object extension) {
    this(status, kind, title, detail, errors, extension, Map.of());
  }

  /** With {@code headers} to send beside the problem (such as Retry-After). */
  public ApiException(
      int status,
      String kind,
      String title,
      String detail,
      List<Problem.FieldError> errors,
      Object extension,
      Map<String, String> headers) {
    super(detail);
    this.headers = Map.copyOf(headers);
    this.status = status;
    this.kind = kind;
    this.title = title;
    this.errors = List.copyOf(errors);
    this.extension = extension;
  }

  public static ApiException badRequest(String detail) {
    return new ApiException(400, "bad-request", "Bad request", detail, List.of(), null);
  }

  public static ApiException badParameter(String parameter, String detail) {
    return new ApiException(
        400,
        "bad-parameter",
        "Bad parameter",
        detail,
        List.of(new Problem.FieldError(parameter, "bad-parameter", detail)),
        null);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not-found", "Not found", detail, List.of(), null);
  }

  public static ApiException unauthorized(String detail) {
    return new ApiException(401, "unauthorized", "Write token required", detail, List.of(), null);
  }

  public static ApiException tooLarge(long limit_bytes) {
    return new ApiException(
        413,
        "too-large",
        "Request body too large",
        "the body must be at most " + limit_bytes + " bytes",
        List.of(),
        null);
  }

  public int status() {
    return status;
  }

  public String kind() {
    return kind;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }

  /** Headers to send with the problem. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Extra members of the problem (an import report), or null. */
  public Object extension() {
    return extension;
  }
}
