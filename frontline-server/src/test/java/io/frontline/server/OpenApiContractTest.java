package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The server's answers against its OpenAPI document: every JSON read with valid parameters and the usual refusals,
 * and the writes, each answer checked for a declared status and media type and validated against the schema the
 * document gives for them. The /ogc answers are also checked against the OpenAPI 3.0 definition derived for OGC
 * clients. A route whose answer drifts from the document fails here.
 */
class OpenApiContractTest extends ServerTest {
  private static final OpenApiDocument DOCUMENT = OpenApiDocument.server();
  private static final String LINEAGE = "{lineage}";
  private static final Set<String> CHECKED = new LinkedHashSet<>();

  static Stream<Object[]> reads() {
    return Stream.of(new Object[][] {
      {"/api/v1", 200},
      {"/api/v1?as_of=2030-01-01&zone_radius=20", 200},
      {"/api/v1/actors", 200},
      {"/api/v1/actors?lang=ar&as_of=2030-01-01&zone_radius=20", 200},
      {"/api/v1/places?q=Mosul", 200},
      {"/api/v1/places?q=Mossoul&limit=3&lang=fr", 200},
      {"/api/v1/places?q=nowhere-at-all", 200},
      {"/api/v1/places/99072", 200},
      {"/api/v1/places/99072?lang=ar", 200},
      {"/api/v1/places/99072/history", 200},
      {"/api/v1/places/99072/history?lang=nl&zone_radius=50", 200},
      {"/api/v1/places/99072/history?as_of=2000-01-01", 200},
      {"/api/v1/figures?date=2015-06-01", 200},
      {"/api/v1/figures?date=2017-01-01&actor=ISIS&lang=ar", 200},
      {"/api/v1/figures?date=1990-01-01", 200},
      {"/api/v1/changes?from=2015-01-01&to=2017-01-01", 200},
      {"/api/v1/changes?from=2014-01-01&to=2019-01-01&actor=iraq&lang=fr", 200},
      {"/api/v1/sources", 200},
      {"/api/v1/sources?grade=B&outlet=reuters.com&as_of=2030-01-01&zone_radius=20", 200},
      {"/api/v1/series?actor=islamic-state&step=30", 200},
      {"/api/v1/series?actor=ISIS&from=2016-01-01&to=2016-03-01&step=7&zone_radius=10", 200},
      {"/api/v1/point?lat=36.34&lon=43.13&date=2015-06-01", 200},
      {"/api/v1/point?lat=36.34&lon=43.13&date=2014-01-01", 200},
      {"/api/v1/point?lat=10&lon=10&date=2016-01-01", 200},
      {"/api/v1/control-areas?date=2015-06-01", 200},
      {"/api/v1/control-areas?date=2016-06-01&bbox=42,35,44,37&actor=islamic-state&lang=nl", 200},
      {"/api/v1/control-areas?date=2016-06-01&bbox=10,10,11,11", 200},
      {"/api/v1/settlements?date=2015-06-01", 200},
      {"/api/v1/settlements?date=2015-06-01&as_of=2030-01-01&zone_radius=20", 200},
      {"/api/v1/settlements?date=2016-06-01&bbox=42,35,44,37&min_population=10000&lang=ar", 200},
      {"/api/v1/observations", 200},
      {
        "/api/v1/observations?actor=iraq&status=controls&from=2016-01-01&to=2017-12-31&limit=5&offset=2",
        200
      },
      {"/api/v1/observations?place_id=99072&as_of=2030-01-01&zone_radius=20", 200},
      {"/api/v1/observations?status=presence", 200},
      {"/api/v1/observations/" + LINEAGE, 200},
      {"/api/v1/suggestions", 200},
      {"/api/v1/suggestions?review=rejected", 200},
      {"/api/v1/exports?date=2015-06-01&format=geojson", 200},
      {"/api/v1/exports?date=2016-06-01&format=geojson&as_of=2030-01-01&zone_radius=20", 200},
      {"/ogc", 200},
      {"/ogc/conformance", 200},
      {"/ogc/collections", 200},
      {"/ogc/collections/control-areas", 200},
      {"/ogc/collections/places", 200},
      {"/ogc/collections/observations", 200},
      {"/ogc/collections/control-areas/items?datetime=2015-06-01", 200},
      {
        "/ogc/collections/control-areas/items?datetime=2015-06-01&as_of=2030-01-01&zone_radius=20",
        200
      },
      {"/ogc/collections/control-areas/items?bbox=42,35,44,37&limit=2&offset=1", 200},
      {"/ogc/collections/places/items?bbox=42.9,36.2,43.3,36.5&limit=5", 200},
      {"/ogc/collections/observations/items?datetime=2016-01-01/2016-12-31&limit=1000", 200},
      {"/ogc/collections/places/items/99072", 200},
      {"/ogc/collections/observations/items/" + LINEAGE, 200},
      {"/ogc/collections/control-areas/items/islamic-state.controls?datetime=2015-06-01", 200},
      {"/api/v1/changes?from=2015-01-01&to=2017-01-01&format=csv", 200},
      {"/api/v1/exports?date=2015-06-01&format=csv", 200},
      {"/api/v1/exports?date=2015-06-01&format=kml", 200},
      {"/tiles/basemap/0/0/0.mvt", 200},
      {"/tiles/control/2015-06-01/5/19/12.mvt?as_of=2030-01-01", 200},
      // events (issue 16)
      {"/api/v1/events?from=2015-01-01&to=2015-12-31", 200},
      {
        "/api/v1/events?from=2015-01-01&to=2015-12-31&actor=ISIS&in_territory_of=islamic-state&bbox=35,32,45,38"
            + "&limit=5&offset=1&as_of=2030-01-01&zone_radius=20",
        200
      },
      {"/api/v1/events?from=2015-01-01&to=2015-12-31&format=csv", 200},
      {"/api/v1/events/summary?from=2015-01-01&to=2015-12-31", 200},
      {"/api/v1/events/summary?from=2015-01-01&to=2015-12-31&front_km=5", 200},
      {"/api/v1/events?from=2015-12-31&to=2015-01-01", 400},
      {"/api/v1/events?from=2015-01-01", 400},
      {"/api/v1/events?from=2015-01-01&to=2015-12-31&actor=nobody", 404},
      {"/api/v1/events?from=2015-01-01&to=2015-12-31&limit=0", 400},
      {"/api/v1/events/summary?from=2015-01-01&to=2015-12-31&front_km=-1", 400},
      {"/ogc/collections/events", 200},
      {"/ogc/collections/events/items?datetime=2015-01-01/2015-12-31&limit=5", 200},
      {"/ogc/collections/events/items?bbox=42,35,44,37&datetime=2015-06-01", 200},
      // refusals
      {"/api/v1/figures?date=2015-02-30", 400},
      {"/api/v1/figures?date=2015-06-01&actor=nobody", 404},
      {"/api/v1/figures?date=2015-06-01&colour=red", 400},
      {"/api/v1/figures?dat=1&colour=red", 400},
      {"/api/v1/changes?from=2017-01-01&to=2015-01-01", 400},
      {"/api/v1/sources?grade=B0", 400},
      {"/api/v1/series", 400},
      {"/api/v1/point?lat=91&lon=0&date=2015-06-01", 400},
      {"/api/v1/places", 400},
      {"/api/v1/control-areas?date=2015-06-01&bbox=1,2,3", 400},
      {"/api/v1/observations?limit=0", 400},
      {"/api/v1/places/abc", 400},
      {"/api/v1/places/1", 404},
      {"/api/v1/places/1/history", 404},
      {"/api/v1/observations/no-such-lineage", 404},
      {"/api/v1/exports?date=2015-06-01&format=doc", 400},
      {"/ogc/collections/rivers", 404},
      {"/ogc/collections/rivers/items", 404},
      {"/ogc/collections/places/items/1", 404},
      {"/ogc/collections/places/items?limit=10001", 400},
      {"/ogc/collections/places/items?datetime=yesterday", 400},
      {"/tiles/control/2015-06-01/3/99/99.mvt", 400},
      {"/tiles/basemap/17/0/0.mvt", 400},
    });
  }

  @ParameterizedTest(name = "GET {0} -> {1}")
  @MethodSource("reads")
  void aReadAnswersAsTheDocumentSays(String path, int status) {
    String requestPath = path.replace(LINEAGE, lineage());
    Http.Answer answer = http.get(requestPath);
    assertThat(answer.status()).as("GET %s: %s", requestPath, answer.text()).isEqualTo(status);
    DOCUMENT.assertAnswerConforms("GET", pathOf(requestPath), answer);
    if (requestPath.startsWith("/ogc")) {
      OpenApiDocument.openApi30(http.get("/ogc/openapi.json").json())
          .assertAnswerConforms("GET", pathOf(requestPath), answer);
    }
    record("GET", pathOf(requestPath), status);
  }

  @Test
  void everyJsonReadOfTheDocumentIsCheckedHere() {
    Set<String> operations = new TreeSet<>();
    DOCUMENT.root().path("paths").fields().forEachRemaining(p -> {
      JsonNode ok = p.getValue().path("get").path("responses").path("200").path("content");
      if (ok.has("application/json") || ok.has("application/geo+json")) {
        operations.add(p.getKey());
      }
    });
    Set<String> called = new TreeSet<>();
    reads()
        .filter(r -> (int) r[1] == 200)
        .forEach(r -> DOCUMENT.template(pathOf((String) r[0])).ifPresent(called::add));
    assertThat(called)
        .as("a read with valid parameters for every JSON operation")
        .containsAll(operations);
  }

  @Test
  void anUnchangedAnswerIsADeclaredNotModified() {
    String path = "/api/v1/figures?date=2015-06-01";
    String tag = http.get(path).header("ETag");
    assertThat(tag).isNotNull();
    Http.Answer again = http.get(path, "If-None-Match", tag);
    assertThat(again.status()).isEqualTo(304);
    DOCUMENT.assertAnswerConforms("GET", "/api/v1/figures", again);
    record("GET", "/api/v1/figures", 304);
  }

  @Test
  void anAnswerThatDriftsFromTheDocumentFails() {
    Http.Answer entry = http.get("/api/v1");
    DOCUMENT.assertAnswerConforms("GET", "/api/v1", entry);
    ObjectNode missing = (ObjectNode) entry.json();
    missing.remove("store_revision");
    ObjectNode extra = (ObjectNode) entry.json();
    extra.put("colour", "red");
    ObjectNode retyped = (ObjectNode) entry.json();
    retyped.put("last_date", "23 March 2019");
    for (ObjectNode drifted : List.of(missing, extra, retyped)) {
      Http.Answer answer = new Http.Answer(
          200, entry.headers(), drifted.toString().getBytes(StandardCharsets.UTF_8));
      assertThatThrownBy(() -> DOCUMENT.assertAnswerConforms("GET", "/api/v1", answer))
          .isInstanceOf(AssertionError.class);
    }
    Http.Answer undeclared = new Http.Answer(418, entry.headers(), entry.body());
    assertThatThrownBy(() -> DOCUMENT.assertAnswerConforms("GET", "/api/v1", undeclared))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("declares status 418");
  }

  @Test
  void writesAnswerAsTheDocumentSays() {
    String token = fixture.token();
    String observation =
        "{\"place_id\":99072,\"actor\":\"iraq\",\"status\":\"contested\",\"from_actor\":"
            + "\"islamic-state\",\"date\":\"2016-11\",\"source\":{\"title\":\"Contract test\",\"urls\":"
            + "[\"https://example.org/mosul\"],\"kind\":\"news\"},\"confidence\":\"high\",\"note\":\"n\"}";
    Http.Answer created = post("/api/v1/observations", observation, token, 201);
    String lineage = created.json().path("lineage").asText();
    post(
        "/api/v1/observations/" + lineage + "/corrections",
        observation.replace("2016-11", "2016-12"),
        token,
        201);
    String area =
        "{\"area\":{\"type\":\"Polygon\",\"coordinates\":[[[40,35],[40.2,35],[40.2,35.2],[40,35]]]},"
            + "\"area_label\":\"A field\",\"actor\":\"iraq\",\"status\":\"controls\",\"date\":\"2017\","
            + "\"source\":{\"citation\":\"Contract test\"}}";
    post("/api/v1/observations", area, token, 201);
    post("/api/v1/observations/" + lineage + "/retraction", "{\"reason\":\"a test\"}", token, 201);
    post("/api/v1/observations/" + lineage + "/retraction", "{\"reason\":\"again\"}", token, 409);
    post("/api/v1/observations/" + lineage + "/corrections", observation, token, 409);
    post("/api/v1/observations/no-such-lineage/retraction", "{\"reason\":\"x\"}", token, 404);
    post("/api/v1/observations", observation, null, 401);
    post("/api/v1/observations", observation, "not-the-token", 401);
    post(
        "/api/v1/observations",
        "{\"actor\":\"nobody\",\"status\":\"holds\",\"date\":\"2999\"}",
        token,
        422);
    post("/api/v1/observations", "{\"actor\":", token, 400);
    post("/api/v1/observations?dry_run=true", observation, token, 400);
    check(
        "POST",
        "/api/v1/observations",
        http.post(
            "/api/v1/observations",
            "text/plain",
            observation.getBytes(StandardCharsets.UTF_8),
            "Authorization",
            "Bearer " + token),
        415);
    check(
        "POST",
        "/api/v1/observations",
        raw("POST /api/v1/observations HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: Bearer " + token
            + "\r\nContent-Type: application/json\r\nContent-Length: " + (2 << 20)
            + "\r\n\r\n"),
        413);
    String csv =
        "place,actor,status,from_actor,date,source_url\nTadmur,syria,controls,IS,2016-03-27,"
            + "https://example.org/palmyra\n";
    importCsv("?filename=ok.csv&dry_run=true", csv, token, 200);
    String events =
        "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,deaths_a,deaths_b,"
            + "deaths_civilians,deaths_unknown\n1,2015,Iraq,Government of Iraq,IS,Government of Iraq - IS,36.335,43.119,1,"
            + "0,1,0,0\n";
    importEvents("?filename=ucdp.csv&dry_run=true", events, token, 200);
    importEvents("?filename=ucdp.csv", events, token, 200);
    importEvents("?filename=bad.csv", events.replace(",2015,", ",1975,"), token, 422);
    importEvents("?filename=ucdp.csv", events, null, 401);
    importCsv("?filename=ok.csv", csv, token, 200);
    String bad = csv + "Mosul,Nobody,controls,,2016-01-01,https://example.org/a\n";
    importCsv("?filename=bad.csv", bad, token, 422);
    importCsv("?filename=bad.csv&accept_valid=true&dry_run=true", bad, token, 200);
    importCsv("", csv, token, 400);
    importCsv("?filename=ok.csv", csv, null, 401);
  }

  @Test
  void aRequestRefusedByTheHostCheckIsADocumentedProblem() {
    check(
        "GET", "/api/v1/figures", raw("GET /api/v1/figures?date=2015-06-01 HTTP/1.0\r\n\r\n"), 403);
  }

  @Test
  void routingErrorsAreProblems() {
    Http.Answer wrongMethod = http.get("/api/v1/imports");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(OpenApiDocument.mediaType(wrongMethod)).isEqualTo("application/problem+json");
    DOCUMENT.assertValid(
        "/components/schemas/Problem", wrongMethod.json(), "GET /api/v1/imports 405");
    Http.Answer nowhere = http.get("/api/v2/figures");
    assertThat(nowhere.status()).isEqualTo(404);
    DOCUMENT.assertValid("/components/schemas/Problem", nowhere.json(), "GET /api/v2/figures 404");
  }

  @AfterAll
  static void report() {
    System.out.println(
        "OpenAPI contract: " + CHECKED.size() + " operation/status pairs validated: " + CHECKED);
  }

  private static Http.Answer post(String path, String json, String token, int status) {
    Http.Answer answer = http.postJson(path, json, token);
    check("POST", path, answer, status);
    return answer;
  }

  private static void importCsv(String query, String csv, String token, int status) {
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    Http.Answer answer = token == null
        ? http.post("/api/v1/imports" + query, "text/csv", body)
        : http.post(
            "/api/v1/imports" + query, "text/csv", body, "Authorization", "Bearer " + token);
    check("POST", "/api/v1/imports", answer, status);
    if (status == 422) {
      assertThat(answer.json().path("report").path("rejected").asInt()).isPositive();
    }
  }

  private static void importEvents(String query, String csv, String token, int status) {
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    Http.Answer answer = token == null
        ? http.post("/api/v1/events/imports" + query, "text/csv", body)
        : http.post(
            "/api/v1/events/imports" + query, "text/csv", body, "Authorization", "Bearer " + token);
    check("POST", "/api/v1/events/imports", answer, status);
    if (status == 422) {
      assertThat(answer.json().path("report").path("has_errors").asBoolean()).isTrue();
    }
  }

  private static void check(String method, String path, Http.Answer answer, int status) {
    assertThat(answer.status()).as("%s %s: %s", method, path, answer.text()).isEqualTo(status);
    DOCUMENT.assertAnswerConforms(method, pathOf(path), answer);
    record(method, pathOf(path), status);
  }

  private static void record(String method, String path, int status) {
    synchronized (CHECKED) {
      CHECKED.add(method + " " + DOCUMENT.template(path).orElse(path) + " " + status);
    }
  }

  private static String pathOf(String requestPath) {
    int q = requestPath.indexOf('?');
    return q < 0 ? requestPath : requestPath.substring(0, q);
  }

  private static String lineage() {
    return http.get("/api/v1/observations?place_id=99072&limit=1")
        .json()
        .path("items")
        .path(0)
        .path("lineage")
        .asText();
  }

  /**
   * An answer to a request sent as it is: without a Host header (which the host check refuses), or with only the
   * headers of a body (a client still writing a body the server refuses may lose the answer to the reset).
   */
  private static Http.Answer raw(String request) {
    try (Socket socket = new Socket("127.0.0.1", fixture.server().port())) {
      socket.setSoTimeout(30_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      socket.getOutputStream().flush();
      String text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = text.indexOf("\r\n\r\n");
      Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
      for (String line : text.substring(0, end).split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.put(
              line.substring(0, colon).strip(),
              List.of(line.substring(colon + 1).strip()));
        }
      }
      return new Http.Answer(
          Integer.parseInt(text.substring(9, 12)),
          HttpHeaders.of(headers, (k, v) -> true),
          text.substring(end + 4).getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
