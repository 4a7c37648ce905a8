package io.frontline.server.http;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors as problems: requests Jetty refuses before the API sees them (a path that climbs out of the
 * root, a URI or headers over the limits, a malformed request line) get the same {@code application/problem+json}
 * as every other error, never Jetty's HTML page. The detail never quotes the request.
 */
public final class ProblemErrorHandler extends ErrorHandler {
  private static final Pattern PRINTABLE_PATH = Pattern.compile("[\\x21-\\x7e]{1,200}");

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    Problem problem = problem(code, path(request));
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    SecurityHeaders.API.forEach((name, value) -> response.getHeaders().put(name, value));
    response.write(true, ByteBuffer.wrap(ServerJson.bytes(ErrorHandlers.body(problem))), callback);
  }

  /** Jetty 12 still calls this for malformed requests; it is deprecated only in favour of a later API. */
  @Override
  @SuppressWarnings("removal")
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    fields.put(HttpHeader.CACHE_CONTROL, "no-store");
    SecurityHeaders.API.forEach(fields::put);
    return ByteBuffer.wrap(ServerJson.bytes(ErrorHandlers.body(problem(status, null))));
  }

  static Problem problem(int status, String instance) {
    int code = status >= 400 && status <= 599 ? status : 500;
    return new Problem(
        Problem.TYPE_BASE + "http-" + code,
        ErrorHandlers.title(code),
        code,
        detail(code),
        instance,
        List.of());
  }

  private static String detail(int code) {
    return switch (code) {
      case 400 -> "the request is malformed (its path, query or headers cannot be read as HTTP)";
      case 404 -> "no resource at this path";
      case 408 -> "the request was not received in time";
      case 413 -> "the request body is larger than the server accepts";
      case 414 -> "the request's URI is longer than the server accepts";
      case 431 -> "the request's header fields are larger than the server accepts";
      default ->
        code >= 500 ? "an internal error occurred; it has been logged" : ErrorHandlers.title(code);
    };
  }

  private static String path(Request request) {
    try {
      HttpURI uri = request.getHttpURI();
      String path = uri == null ? null : uri.getPath();
      return path == null || !PRINTABLE_PATH.matcher(path).matches() ? null : path;
    } catch (RuntimeException e) {
      return null;
    }
  }
}
