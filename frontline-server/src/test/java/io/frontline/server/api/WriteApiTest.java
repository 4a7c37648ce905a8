package io.frontline.server.api;

import static io.frontline.server.api.ErrorsApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.JsonSchemas;
import io.frontline.server.ServerFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Writes: the token, validation next to each field, new versions that never overwrite, and imports with reports. */
class WriteApiTest {
  static final String DEIR_HAFER =
      """
      {"place_id": %d, "actor": "Government of Syria", "status": "controls", "from_actor": "IS",
       "date": "2016-06-15", "source": {"title": "Test source", "urls": ["https://example.org/report"]},
       "confidence": "high", "note": "test observation"}""";
  ServerFixture fixture;
  Http http;

  @BeforeEach
  void start() {
    fixture = ServerFixture.start();
    http = fixture.http();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void writesNeedTheToken() {
    assertProblem(http.postJson("/api/v1/observations", "{}", null), 401, "Authorization: Bearer");
    assertProblem(
        http.postJson("/api/v1/observations", "{}", "not-the-token-at-all"),
        401,
        "not the server's");
  }

  @Test
  void everyFieldErrorComesBackNextToItsField() {
    String body =
        """
        {"place_id": 99072, "actor": "Nobody", "status": "owns", "date": "2099-01-01", "source": {}}""";
    Http.Answer a = http.postJson("/api/v1/observations", body, fixture.token());
    assertProblem(a, 422, "field(s) to fix");
    JsonNode errors = a.json().get("errors");
    assertThat(errors.findValuesAsText("field"))
        .containsExactlyInAnyOrder("actor", "status", "date", "source");
    assertThat(errors.findValuesAsText("code"))
        .contains("unknown-actor", "no-source", "future-date");
  }

  @Test
  void aShareAndAGradeAreRecordedAndShown() {
    String body = DEIR_HAFER
        .formatted(163808)
        .replace("\"controls\"", "\"contested\"")
        .replace("\"urls\":", "\"grade\": \"b2\", \"urls\":")
        .replace("\"note\":", "\"share\": 0.25, \"note\":");
    Http.Answer created = http.postJson("/api/v1/observations", body, fixture.token());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.json().get("share").asDouble()).isEqualTo(0.25);
    assertThat(created.json().get("source").get("grade").asText()).isEqualTo("B2");
    JsonNode versions = http.get(
            "/api/v1/observations/" + created.json().get("lineage").asText())
        .json();
    assertThat(versions.get("versions").get(0).get("share").asDouble()).isEqualTo(0.25);
  }

  @Test
  void aBadShareOrGradeComesBackNextToItsField() {
    String body = DEIR_HAFER
        .formatted(163808)
        .replace("\"urls\":", "\"grade\": \"B9\", \"urls\":")
        .replace("\"note\":", "\"share\": 0.5, \"note\":");
    Http.Answer a = http.postJson("/api/v1/observations", body, fixture.token());
    assertProblem(a, 422, "field(s) to fix");
    JsonNode errors = a.json().get("errors");
    assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("share", "source.grade");
    assertThat(errors.findValuesAsText("message"))
        .contains("a share is given only for a contested place or area, the status was controls");
    String outOfRange = DEIR_HAFER
        .formatted(163808)
        .replace("\"controls\"", "\"contested\"")
        .replace("\"note\":", "\"share\": 1.5, \"note\":");
    assertThat(http.postJson("/api/v1/observations", outOfRange, fixture.token())
            .json()
            .get("errors")
            .findValuesAsText("code"))
        .containsExactly("bad-share");
  }

  @Test
  void anAreaMustBeAValidPolygon() {
    String body =
        """
        {"area": {"type": "Polygon", "coordinates": [[[40,35],[41,36],[41,35],[40,36],[40,35]]]},
         "actor": "iraq", "status": "controls", "date": "2016", "source": {"title": "x"}}""";
    Http.Answer a = http.postJson("/api/v1/observations", body, fixture.token());
    assertProblem(a, 422, "area");
    assertThat(a.json().get("errors").get(0).get("field").asText()).isEqualTo("area");
  }

  @Test
  void aNewObservationChangesTheMapAtOnce() {
    long tadmur = 163808;
    JsonNode before =
        http.get("/api/v1/point?lat=34.56&lon=38.28&date=2016-07-01").json();
    String etag = http.get("/api/v1/figures?date=2016-07-01").header("ETag");
    Http.Answer created = http.postJson(
        "/api/v1/observations",
        DEIR_HAFER
            .formatted(tadmur)
            .replace("controls", "besieged")
            .replace("Government of Syria", "IS")
            .replace("\"from_actor\": \"IS\"", "\"from_actor\": \"syria\""),
        fixture.token());
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    assertThat(created.header("Location")).startsWith("/api/v1/observations/");
    assertThat(created.json().get("recorded_by").asText())
        .isEqualTo(System.getProperty("user.name", "analyst"));
    JsonNode after =
        http.get("/api/v1/point?lat=34.56&lon=38.28&date=2016-07-01").json();
    assertThat(after.get("status").asText()).isEqualTo("besieged");
    assertThat(after.get("store_revision").asLong())
        .isGreaterThan(before.get("store_revision").asLong());
    assertThat(http.get("/api/v1/figures?date=2016-07-01").header("ETag")).isNotEqualTo(etag);
  }

  @Test
  void aCorrectionAndARetractionAddVersions() {
    JsonNode created = http.postJson(
            "/api/v1/observations", DEIR_HAFER.formatted(163808), fixture.token())
        .json();
    String lineage = created.get("lineage").asText();
    String corrected = DEIR_HAFER.formatted(163808).replace("2016-06-15", "2016-06-20");
    Http.Answer v2 = http.postJson(
        "/api/v1/observations/" + lineage + "/corrections", corrected, fixture.token());
    assertThat(v2.status()).isEqualTo(201);
    assertThat(v2.json().get("version").asInt()).isEqualTo(2);
    Http.Answer v3 = http.postJson(
        "/api/v1/observations/" + lineage + "/retraction",
        "{\"reason\": \"wrong town\"}",
        fixture.token());
    assertThat(v3.json().get("retracted").asBoolean()).isTrue();
    JsonNode versions = http.get("/api/v1/observations/" + lineage).json().get("versions");
    assertThat(versions.findValuesAsText("date"))
        .containsExactly("2016-06-15", "2016-06-20", "2016-06-20");
    JsonNode history = http.get("/api/v1/places/163808/history").json();
    JsonSchemas.assertValid("history.schema.json", history);
    assertProblem(
        http.postJson(
            "/api/v1/observations/" + lineage + "/retraction",
            "{\"reason\": \"again\"}",
            fixture.token()),
        409,
        "cannot be corrected or retracted again");
    assertProblem(
        http.postJson("/api/v1/observations/" + lineage + "/retraction", "{}", fixture.token()),
        422,
        "needs a reason");
  }

  @Test
  void aBadImportIsRejectedWithItsReport() {
    String csv =
        "place,actor,status,date,source_url\nMosul,Nobody,controls,2016-01-01,https://example.org/a\n"
            + "Mosul,iraq,controls,2016-02-30,https://example.org/b\n";
    Http.Answer a = http.post(
        "/api/v1/imports?filename=bad.csv",
        "text/csv",
        csv.getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + fixture.token());
    assertProblem(a, 422, "nothing was written");
    JsonNode report = a.json().get("report");
    assertThat(report.get("rejected").asInt()).isEqualTo(2);
    assertThat(report.get("findings").findValuesAsText("code"))
        .contains("unknown-actor", "impossible-date");
    assertThat(report.get("findings").findValuesAsText("location")).contains("line 2", "line 3");
  }

  @Test
  void aGoodImportIsRecordedAndADryRunIsNot() {
    String csv =
        "place,actor,status,from_actor,date,source_url\nTadmur,syria,controls,IS,2016-03-27,"
            + "https://example.org/palmyra\n";
    byte[] body = csv.getBytes(StandardCharsets.UTF_8);
    JsonNode dry = http.post(
            "/api/v1/imports?filename=ok.csv&dry_run=true",
            "text/csv",
            body,
            "Authorization",
            "Bearer " + fixture.token())
        .json();
    assertThat(dry.get("recorded").asInt()).isZero();
    Http.Answer real = http.post(
        "/api/v1/imports?filename=ok.csv",
        "text/csv",
        body,
        "Authorization",
        "Bearer " + fixture.token());
    assertThat(real.status()).as(real.text()).isEqualTo(200);
    assertThat(real.json().get("recorded").asInt()).isEqualTo(1);
    assertThat(real.json().get("store_revision").asLong())
        .isGreaterThan(dry.get("store_revision").asLong());
  }

  @Test
  void aLatin1CsvIsRefusedUntilItsEncodingIsNamedAndASecondImportRecordsNothing() {
    String csv =
        "place,actor,status,from_actor,date,source_title\nTadmur,syria,controls,IS,2016-03-27,"
            + "\"Le Monde, 27 mars 2016: l'armée reprend Palmyre\"\n";
    byte[] body = csv.getBytes(StandardCharsets.ISO_8859_1);
    String auth = "Bearer " + fixture.token();

    Http.Answer refused =
        http.post("/api/v1/imports?filename=fr.csv", "text/csv", body, "Authorization", auth);
    Http.Answer read = http.post(
        "/api/v1/imports?filename=fr.csv&encoding=windows-1252",
        "text/csv",
        body,
        "Authorization",
        auth);
    Http.Answer again = http.post(
        "/api/v1/imports?filename=fr.csv&encoding=windows-1252",
        "text/csv",
        body,
        "Authorization",
        auth);

    assertProblem(refused, 422, "nothing was written");
    assertThat(refused.json().get("report").get("findings").findValuesAsText("code"))
        .containsExactly("not-utf8");
    assertThat(read.status()).as(read.text()).isEqualTo(200);
    assertThat(read.json().get("recorded").asInt()).isEqualTo(1);
    assertThat(again.json().get("recorded").asInt()).isZero();
    assertThat(again.json().get("already_recorded").asInt()).isEqualTo(1);
    assertProblem(
        http.post(
            "/api/v1/imports?filename=fr.csv&encoding=klingon-8",
            "text/csv",
            body,
            "Authorization",
            auth),
        400,
        "unknown encoding 'klingon-8'");
  }
}
