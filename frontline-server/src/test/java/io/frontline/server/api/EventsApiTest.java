package io.frontline.server.api;

import static io.frontline.server.api.ErrorsApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.ServerFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events routes on the demo scenario: an import with the token, whose ground, CSV and the summary. */
class EventsApiTest {
  static final String UCDP =
      "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,deaths_a,"
          + "deaths_b,deaths_civilians,deaths_unknown\n"
          + "1,2015,Iraq,Government of Iraq,IS,Government of Iraq - IS,36.335,43.119,1,1,2,3,4\n"
          + "2,2015,Iraq,=HYPERLINK(1),IS,x,36.3,43.1,4,0,0,0,1\n";
  static ServerFixture fixture;
  static Http http;

  @BeforeAll
  static void start() {
    fixture = ServerFixture.start();
    http = fixture.http();
    Http.Answer imported = http.post(
        "/api/v1/events/imports?filename=ucdp.csv",
        "text/csv",
        UCDP.getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + fixture.token());
    assertThat(imported.status()).as(imported.text()).isEqualTo(200);
    assertThat(imported.json().get("added").asInt()).isEqualTo(2);
  }

  @AfterAll
  static void stop() {
    fixture.close();
  }

  @Test
  void eventsComeWithWhoseGroundTheyWereOn() {
    JsonNode all = http.get("/api/v1/events?from=2015-01-01&to=2015-12-31").json();
    JsonNode mosul = http.get("/api/v1/events?from=2015-03-01&to=2015-03-31&in_territory_of=ISIS")
        .json();
    JsonNode outside = http.get("/api/v1/events?from=2015-01-01&to=2015-12-31&bbox=10,10,11,11")
        .json();

    assertThat(all.get("total").asInt()).isEqualTo(2);
    assertThat(all.at("/by_ground/no-point").asInt()).isEqualTo(1);
    assertThat(mosul.get("total").asInt()).isEqualTo(1);
    assertThat(mosul.at("/events/0/ground/holder").asText()).isEqualTo("islamic-state");
    assertThat(mosul.at("/events/0/ground/deciding/lineage").asText()).isNotBlank();
    assertThat(mosul.at("/events/0/fatalities").asInt()).isEqualTo(10);
    assertThat(outside.get("total").asInt()).isZero();
  }

  @Test
  void theCsvQuotesWhatASpreadsheetWouldRun() {
    Http.Answer csv = http.get("/api/v1/events?from=2015-01-01&to=2015-12-31&format=csv");

    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.text())
        .startsWith("dataset,event_id,date,")
        .contains("'=HYPERLINK(1)")
        .doesNotContain(",=HYPERLINK");
  }

  @Test
  void theGeoJsonIsAPointPerEventWithTheGroundAsProperties() {
    Http.Answer answer = http.get("/api/v1/events?from=2015-03-01&to=2015-03-31&format=geojson");
    JsonNode geojson = answer.json();

    assertThat(answer.header("Content-Type")).startsWith("application/geo+json");
    assertThat(geojson.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(geojson.get("features")).isNotEmpty();
    JsonNode first = geojson.at("/features/0");
    assertThat(first.at("/geometry/type").asText()).isEqualTo("Point");
    assertThat(first.get("id").asText()).contains(":");
    assertThat(first.at("/properties/dataset").asText()).isNotBlank();
    assertThat(first.at("/properties").has("event_id")).isTrue();
    assertThat(geojson.get("credits")).isNotNull();
  }

  @Test
  void anUnknownFormatIsRefusedByName() {
    Http.Answer answer = http.get("/api/v1/events?from=2015-01-01&to=2015-12-31&format=xlsx");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.text()).contains("format must be json, csv or geojson, was 'xlsx'");
  }

  @Test
  void theSummaryCountsTheYearPreciseEventsUnderTheirYear() {
    JsonNode summary = http.get("/api/v1/events/summary?from=2015-01-01&to=2015-12-31&front_km=5")
        .json();

    assertThat(summary.get("year_precise").asInt()).isEqualTo(2);
    assertThat(summary.get("rows").toString())
        .contains("\"actor\":\"islamic-state\",\"period\":\"2015\"");
  }

  @Test
  void theOgcCollectionServesTheEventsWithTheirGround() {
    JsonNode items = http.get(
            "/ogc/collections/events/items?datetime=2015-06-01&bbox=42,35,44,37&limit=1")
        .json();
    JsonNode none =
        http.get("/ogc/collections/events/items?datetime=2012-01-01/2012-12-31").json();
    JsonNode one = http.get("/ogc/collections/events/items/ucdp-ged:1").json();

    assertThat(items.get("numberMatched").asInt()).isEqualTo(2);
    assertThat(items.get("numberReturned").asInt()).isEqualTo(1);
    assertThat(items.at("/features/0/properties/ground/kind").asText()).isEqualTo("held");
    assertThat(items.findValuesAsText("rel")).contains("next");
    assertThat(none.get("numberMatched").asInt()).isZero();
    assertThat(one.at("/properties/ground/holder").asText()).isEqualTo("islamic-state");
  }

  @Test
  void refusalsAreProblems() {
    assertProblem(
        http.get("/api/v1/events?from=2015-12-31&to=2015-01-01"), 400, "must not be before");
    assertProblem(
        http.get("/api/v1/events?from=2015-01-01&to=2015-12-31&in_territory_of=nobody"),
        404,
        "nobody");
    assertProblem(
        http.post(
            "/api/v1/events/imports?filename=ucdp.csv",
            "text/csv",
            UCDP.getBytes(StandardCharsets.UTF_8)),
        401,
        "Authorization");
    Http.Answer rejected = http.post(
        "/api/v1/events/imports?filename=bad.csv",
        "text/csv",
        UCDP.replace(",2015,", ",1975,").getBytes(StandardCharsets.UTF_8),
        "Authorization",
        "Bearer " + fixture.token());
    assertProblem(rejected, 422, "nothing was written");
    assertThat(rejected.json().at("/report/findings").toString()).contains("date-before-1989");
  }
}
