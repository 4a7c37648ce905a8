package io.frontline.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small HTTP client for tests: real requests to the server on its loopback port. */
public final class Http {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public Http(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** An answer: status, headers and body. */
  public record Answer(int status, java.net.http.HttpHeaders headers, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + text(), e);
      }
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  public Answer get(String path, String... headers) {
    return send(request(path, headers).GET().build());
  }

  public Answer post(String path, String contentType, byte[] body, String... headers) {
    HttpRequest.Builder b =
        request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return send(b.build());
  }

  public Answer postJson(String path, String json, String token) {
    return token == null
        ? post(path, "application/json", json.getBytes(StandardCharsets.UTF_8))
        : post(
            path,
            "application/json",
            json.getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + token);
  }

  public Answer method(String method, String path, String... headers) {
    return send(request(path, headers)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .build());
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
