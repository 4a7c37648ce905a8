package io.frontline.server.http;

import java.util.List;

/**
 * An RFC 9457 problem: the one error shape of the API ({@code application/problem+json}). {@code type} is a URI
 * naming the kind of problem, {@code errors} lists field errors where a request had several.
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {
  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://frontline.example/problems/";

  public Problem {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a problem status must be 4xx or 5xx, was " + status);
    }
    errors = List.copyOf(errors == null ? List.of() : errors);
  }

  /** One field's error: the field (a JSON pointer-like name such as "source.urls"), a stable code and a message. */
  public record FieldError(String field, String code, String message) {}
}
