package io.frontline.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every refused request gets one shape, RFC 9457 problem+json, with the right 4xx and a message that says what to fix. */
class ErrorsApiTest extends ServerTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/figures?date=2016-02-30|400|date must be a date YYYY-MM-DD that exists",
        "/api/v1/figures|400|date is required",
        "/api/v1/figures?date=1850-01-01|400|between 1900-01-01 and 2100-12-31",
        "/api/v1/figures?date=2016-02-01&actor=Nobody|404|unknown actor 'Nobody'",
        "/api/v1/figures?date=2016-02-01&as_of=yesterday|400|as_of must be",
        "/api/v1/figures?date=2016-02-01&zone_radius=0|400|zone_radius must be between",
        "/api/v1/control-areas?date=2016-02-01&bbox=1,2,3|400|bbox must be minLon,minLat,maxLon,maxLat",
        "/api/v1/control-areas?date=2016-02-01&bbox=44,30,40,35|400|min <= max",
        "/api/v1/control-areas?date=2016-02-01&bbox=0,0,200,10|400|lon -180..180",
        "/api/v1/observations?limit=0|400|limit must be between 1 and 1000",
        "/api/v1/observations?limit=5000|400|limit must be between 1 and 1000",
        "/api/v1/observations?limit=ten|400|limit must be a whole number",
        "/api/v1/changes?from=2017-01-01&to=2016-01-01|400|to must be after from",
        "/api/v1/series?actor=iraq&from=1900-01-01&to=2100-01-01|400|raise step",
        "/api/v1/point?lat=95&lon=43&date=2016-01-01|400|lat must be between",
        "/api/v1/places/123456789/history|404|no place with GeoNames id 123456789",
        "/api/v1/places/abc|400|a place id is a GeoNames id",
        "/api/v1/places|400|q is required",
        "/api/v1/observations/no-such-lineage|404|no observation with lineage",
        "/api/v1/exports?date=2016-02-01&format=shp|400|format must be one of",
        "/api/v1/nothing-here|404|no resource at /api/v1/nothing-here",
        "/ogc/collections/nothing|404|no collection"
      })
  void badRequestsAreProblems(String path, int status, String message) {
    assertProblem(http.get(path), status, message);
  }

  @Test
  void malformedJsonIsA400WithTheLine() {
    Http.Answer a = http.postJson(
        "/api/v1/observations", "{\"actor\": \"iraq\",\n \"status\": }", fixture.token());
    assertProblem(a, 400, "malformed JSON at line 2");
  }

  @Test
  void duplicateKeysAreMalformed() {
    assertProblem(
        http.postJson(
            "/api/v1/observations", "{\"actor\":\"iraq\",\"actor\":\"syria\"}", fixture.token()),
        400,
        "Duplicate field 'actor'");
  }

  @Test
  void aJsonBodyNeedsItsMediaType() {
    Http.Answer a = http.post(
        "/api/v1/observations",
        "text/plain",
        "{}".getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + fixture.token());
    assertProblem(a, 415, "Content-Type: application/json");
  }

  @Test
  void oversizedBodiesAre413() throws Exception {
    // The headers alone: a server that answers 413 closes the connection, and a client still
    // writing a 2 MB body
    // into it may lose the answer to the reset (a race); the declared length is enough for the
    // server to refuse.
    try (java.net.Socket socket =
        new java.net.Socket("127.0.0.1", fixture.server().port())) {
      socket.setSoTimeout(30_000);
      socket
          .getOutputStream()
          .write(("POST /api/v1/observations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                  + "Authorization: Bearer " + fixture.token()
                  + "\r\nContent-Type: application/json\r\n"
                  + "Content-Length: " + (2 << 20) + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .startsWith("HTTP/1.1 413")
          .contains("application/problem+json")
          .contains("at most")
          .doesNotContain("Exception");
    }
  }

  @Test
  void aWrongMethodIs405() {
    assertProblem(http.method("DELETE", "/api/v1/actors"), 405, "DELETE is not allowed");
  }

  @Test
  void aForeignHostNameIsRefusedOnLoopback() throws Exception {
    try (java.net.Socket socket =
        new java.net.Socket("127.0.0.1", fixture.server().port())) {
      socket
          .getOutputStream()
          .write(("GET /api/v1/actors HTTP/1.1\r\nHost: evil.example\r\nConnection: close"
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer)
          .startsWith("HTTP/1.1 403")
          .contains("application/problem+json")
          .contains("does not answer to the host name 'evil.example'");
    }
  }

  static void assertProblem(Http.Answer a, int status, String message) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
    JsonNode p = a.json();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(p.get("type").asText()).startsWith("https://frontline.example/problems/");
    assertThat(p.get("detail").asText()).contains(message);
    assertThat(a.text()).doesNotContain("Exception").doesNotContain("\tat ");
  }
}
