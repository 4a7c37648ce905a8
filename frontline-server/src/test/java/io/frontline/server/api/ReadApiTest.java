package io.frontline.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.server.Http;
import io.frontline.server.JsonSchemas;
import io.frontline.server.ServerTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every read endpoint of /api/v1 through real HTTP, its JSON checked against docs/schema where shapes are shared. */
class ReadApiTest extends ServerTest {
  @Test
  void entryGivesTheDataRangeAndRevision() {
    JsonNode n = http.get("/api/v1").json();
    assertThat(n.get("first_date").asText()).isEqualTo("2012-07-01");
    assertThat(n.get("last_date").asText()).startsWith("2019");
    assertThat(n.get("store_revision").asLong()).isPositive();
    assertThat(n.get("observations").asInt()).isGreaterThan(100);
  }

  @Test
  void actorsCarryColoursAndNamesInTheAskedLanguage() {
    JsonNode actors = http.get("/api/v1/actors?lang=nl").json();
    assertThat(actors.findValuesAsText("id")).contains("islamic-state", "iraq", "syria");
    JsonNode is = actors.get(actors.findValuesAsText("id").indexOf("islamic-state"));
    assertThat(is.get("colour").asText()).matches("#[0-9a-fA-F]{6}");
    assertThat(is.get("label").asText()).isEqualTo("Islamitische Staat");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Mosul", "Mosoel", "Mossoul", "الموصل"})
  void placeSearchFindsMosulInAnyLanguage(String name) {
    JsonNode n = http.get("/api/v1/places?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
        .json();
    assertThat(n.get("places").get(0).get("id").asLong()).isEqualTo(99072);
  }

  @Test
  void figuresMatchTheSchemaAndFilterByActor() {
    JsonNode all = http.get("/api/v1/figures?date=2016-02-01").json();
    JsonSchemas.assertValid("figures.schema.json", all);
    JsonNode is = http.get("/api/v1/figures?date=2016-02-01&actor=ISIS").json();
    JsonSchemas.assertValid("figures.schema.json", is);
    assertThat(is.get("actors")).hasSize(1);
    assertThat(is.get("actors").get(0).get("area_km2").asDouble()).isGreaterThan(10_000);
    assertThat(is.get("actors").get(0).get("comparison").get("text").asText()).contains("Belgium");
    assertThat(is.get("actors").get(0).get("comparison").get("reference_iso2").asText())
        .isEqualTo("BE");
  }

  @Test
  void figuresNameTheCitiesInTheAskedLanguageByTheirIds() {
    JsonNode en = http.get("/api/v1/figures?date=2016-02-01&actor=ISIS")
        .json()
        .get("actors")
        .get(0);
    JsonNode ar = http.get("/api/v1/figures?date=2016-02-01&actor=ISIS&lang=ar").json();
    JsonSchemas.assertValid("figures.schema.json", ar);
    JsonNode arabic = ar.get("actors").get(0);
    int mosul = -1;
    for (int i = 0; i < en.get("city_names").size(); i++) {
      mosul = en.get("city_names").get(i).asText().equals("Mosul") ? i : mosul;
    }

    assertThat(mosul).as("Islamic State holds Mosul on 1 February 2016").isNotNegative();
    assertThat(en.get("city_ids").get(mosul).asLong()).isEqualTo(99072);
    assertThat(arabic.get("city_ids")).isEqualTo(en.get("city_ids"));
    assertThat(arabic.get("city_names").get(mosul).asText()).isEqualTo("الموصل");
    assertThat(http.get("/api/v1/figures?date=2016-02-01&actor=ISIS&lang=fr")
            .json()
            .get("actors")
            .get(0)
            .get("city_names")
            .get(mosul)
            .asText())
        .isEqualTo("Mossoul");
  }

  @Test
  void changesMatchTheSchemaAndDownloadAsCsv() {
    JsonNode n = http.get("/api/v1/changes?from=2016-02-01&to=2017-06-05").json();
    JsonSchemas.assertValid("changes.schema.json", n);
    assertThat(n.get("places").size()).isPositive();
    n.get("places")
        .forEach(p -> assertThat(List.of(p.get("from").asText(), p.get("to").asText()))
            .as("a change of hands is between two parties")
            .doesNotContain("none"));
    assertThat(n.get("coverage_places").size())
        .as("places first recorded in the period")
        .isPositive();
    n.get("coverage_places")
        .forEach(p ->
            assertThat(List.of(p.get("from").asText(), p.get("to").asText())).contains("none"));
    Http.Answer csv = http.get("/api/v1/changes?from=2016-02-01&to=2017-06-05&format=csv");
    assertThat(csv.header("Content-Type")).startsWith("text/csv");
    assertThat(csv.text())
        .startsWith("change,place_id,name,country")
        .contains("hands,")
        .contains("first_recorded,")
        .contains("Mosul");
  }

  /** Mosul was contested from 2016-11-01; the later report of 2017-01-24 only continued that holding. */
  @Test
  void aChangeCarriesItsOwnDateAndTheSourceThatBeganIt() {
    JsonNode n = http.get("/api/v1/changes?from=2016-02-01&to=2017-06-05").json();
    JsonNode mosul = null;
    for (JsonNode p : n.get("places")) {
      mosul = p.get("place_id").asLong() == 99072 ? p : mosul;
    }
    assertThat(mosul).as("Mosul changed hands").isNotNull();
    assertThat(mosul.get("to").asText()).isEqualTo("contested");
    assertThat(mosul.get("date").asText()).isEqualTo("2017-01-24");
    assertThat(mosul.get("changed_on").asText()).isEqualTo("2016-11-01");
    assertThat(mosul.get("changed_observation").asText())
        .isNotEqualTo(mosul.get("observation").asText());
    assertThat(mosul.get("changed_urls").size()).isPositive();
    assertThat(
            http.get("/api/v1/changes?from=2016-02-01&to=2017-06-05&format=csv").text())
        .contains(",changed_on,changed_source,changed_urls")
        .contains("2016-11-01");
  }

  @Test
  void sourcesByOutletMatchTheSchemaAndFilterByGradeAndOutlet() {
    JsonNode all = http.get("/api/v1/sources").json();
    JsonSchemas.assertValid("sources.schema.json", all);
    assertThat(all.get("observations").asInt()).isGreaterThan(100);
    JsonNode first = all.get("outlets").get(0);
    assertThat(first.get("observations").asInt())
        .isGreaterThan(all.get("outlets").get(1).get("observations").asInt() - 1);
    assertThat(all.get("outlets").findValuesAsText("host")).contains("reuters.com", "apnews.com");
    all.get("outlets").forEach(o -> assertThat(o.get("flagged").asBoolean())
        .isEqualTo(List.of("state", "partisan", "mirror", "forum", "blog")
            .contains(o.get("kind").asText())));
    JsonNode b1 = http.get("/api/v1/sources?grade=b1").json();
    JsonSchemas.assertValid("sources.schema.json", b1);
    assertThat(b1.get("grade").asText()).isEqualTo("B1");
    b1.get("outlets")
        .forEach(o -> assertThat(o.get("grades").fieldNames()).toIterable().containsExactly("B1"));
    JsonNode reuters = http.get("/api/v1/sources?outlet=in.reuters.com").json();
    assertThat(reuters.get("outlets").findValuesAsText("host")).containsExactly("reuters.com");
    assertThat(reuters.get("outlets").get(0).get("kind").asText()).isEqualTo("wire");
    ErrorsApiTest.assertProblem(
        http.get("/api/v1/sources?grade=Z9"), 400, "grade must be an Admiralty code");
  }

  @Test
  void seriesMatchesTheSchemaWithAStep() {
    JsonNode n = http.get(
            "/api/v1/series?actor=islamic-state&from=2014-01-01&to=2014-12-31&step=30")
        .json();
    JsonSchemas.assertValid("series.schema.json", n);
    assertThat(n.get("points")).hasSize(13);
    assertThat(n.get("points").get(12).get("area_km2").asDouble())
        .isGreaterThan(n.get("points").get(0).get("area_km2").asDouble());
  }

  @Test
  void historyOfMosulMatchesTheSchema() {
    JsonNode n = http.get("/api/v1/places/99072/history").json();
    JsonSchemas.assertValid("history.schema.json", n);
    assertThat(n.get("periods").findValuesAsText("holder")).contains("islamic-state", "iraq");
    assertThat(n.get("observations")
            .get(0)
            .get("versions")
            .get(0)
            .get("source")
            .get("urls")
            .size())
        .isPositive();
    assertThat(n.get("place").has("label"))
        .as("no label unless a language is asked for")
        .isFalse();
    JsonNode dutch = http.get("/api/v1/places/99072/history?lang=nl").json();
    JsonSchemas.assertValid("history.schema.json", dutch);
    assertThat(dutch.get("place").get("label").asText()).isEqualTo("Mosoel");
    assertThat(http.get("/api/v1/places/99072/history?lang=ar")
            .json()
            .get("place")
            .get("label")
            .asText())
        .isEqualTo("الموصل");
  }

  @Test
  void changesNameTheirPlacesInTheLanguageAskedFor() {
    JsonNode n =
        http.get("/api/v1/changes?from=2016-02-01&to=2017-06-05&lang=ar").json();
    JsonSchemas.assertValid("changes.schema.json", n);
    assertThat(n.get("places").findValuesAsText("label"))
        .hasSize(n.get("places").size())
        .contains("الموصل", "الفلوجة");
    assertThat(n.get("coverage_places").findValuesAsText("label"))
        .hasSize(n.get("coverage_places").size());
  }

  @Test
  void pointQueryNamesTheHolderAndTheDecidingObservation() {
    JsonNode during =
        http.get("/api/v1/point?lat=36.34&lon=43.12&date=2015-01-01").json();
    assertThat(during.get("holder").asText()).isEqualTo("islamic-state");
    assertThat(during.get("observation").get("date").asText()).isEqualTo("2014-06-10");
    assertThat(during.get("decided_on").asText()).isEqualTo("2014-06-10");
    assertThat(during.get("age_days").asLong()).isEqualTo(205);
    assertThat(during.get("basis").asText()).isEqualTo("observed");
    assertThat(during.get("inferred").asBoolean()).isFalse();
    JsonNode after =
        http.get("/api/v1/point?lat=36.34&lon=43.12&date=2018-01-01").json();
    assertThat(after.get("holder").asText()).isEqualTo("iraq");
    JsonNode nowhere =
        http.get("/api/v1/point?lat=52.0&lon=5.0&date=2018-01-01").json();
    assertThat(nowhere.get("holder").isNull()).isTrue();
    assertThat(nowhere.get("explanation").asText()).contains("no observation");
  }

  @Test
  void controlAreasAreGeoJsonPerHoldingClippedToABbox() {
    Http.Answer a = http.get("/api/v1/control-areas?date=2015-06-01");
    assertThat(a.header("Content-Type")).startsWith("application/geo+json");
    JsonNode all = a.json();
    assertThat(all.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(all.get("features").findValuesAsText("actor")).contains("islamic-state");
    JsonNode clipped =
        http.get("/api/v1/control-areas?date=2015-06-01&bbox=42,35,44,37").json();
    assertThat(clipped.get("bbox").get(0).asDouble()).isGreaterThanOrEqualTo(42);
    assertThat(clipped.get("bbox").get(3).asDouble()).isLessThanOrEqualTo(37);
    JsonNode iraqOnly =
        http.get("/api/v1/control-areas?date=2015-06-01&actor=iraq").json();
    iraqOnly.get("features").forEach(f -> assertThat(f.get("properties").toString())
        .contains("\"iraq\""));
  }

  @Test
  void controlAreasSplitEachHoldingByWhatItRestsOn() {
    JsonNode n = http.get("/api/v1/control-areas?date=2016-06-01").json();
    List<String> bases = n.get("features").findValuesAsText("basis");
    assertThat(bases).contains("observed", "stale");
    for (JsonNode f : n.get("features")) {
      JsonNode p = f.get("properties");
      if (p.get("basis").asText().equals("stale")) {
        assertThat(p.get("oldest_days").asLong()).isGreaterThan(365);
        assertThat(f.get("id").asText()).endsWith(".stale");
      }
      if (!p.get("age_days").isNull()) {
        assertThat(p.get("age_days").asLong()).isEqualTo(p.get("oldest_days").asLong());
      }
    }
  }

  @Test
  void settlementsCarryTheirHolderAndLabel() {
    JsonNode n = http.get("/api/v1/settlements?date=2015-06-01&min_population=1000000&lang=nl")
        .json();
    JsonNode mosul =
        n.get("features").get(n.get("features").findValuesAsText("name").indexOf("Mosul"));
    assertThat(mosul.get("properties").get("holder").asText()).isEqualTo("islamic-state");
    assertThat(mosul.get("properties").get("label").asText())
        .as("the Dutch map label")
        .isEqualTo("Mosoel");
    assertThat(mosul.get("geometry").get("coordinates").get(0).asDouble()).isBetween(43.0, 43.2);
  }

  @Test
  void observationsPageWithNextLinks() {
    JsonNode first = http.get("/api/v1/observations?limit=50").json();
    assertThat(first.get("items")).hasSize(50);
    int total = first.get("total").asInt();
    JsonNode second = http.get(first.get("next").asText()).json();
    assertThat(second.get("offset").asInt()).isEqualTo(50);
    assertThat(second.get("items").get(0).get("lineage").asText())
        .isNotEqualTo(first.get("items").get(0).get("lineage").asText());
    JsonNode mosul = http.get("/api/v1/observations?place_id=99072").json();
    assertThat(mosul.get("total").asInt()).isBetween(1, total);
    String lineage = mosul.get("items").get(0).get("lineage").asText();
    JsonNode one = http.get("/api/v1/observations/" + lineage).json();
    assertThat(one.get("versions").get(0).get("lineage").asText()).isEqualTo(lineage);
  }

  @ParameterizedTest
  @ValueSource(strings = {"geojson", "gpkg", "kml", "csv", "png", "svg"})
  void exportsEveryFormat(String format) {
    Http.Answer a = http.get("/api/v1/exports?date=2016-02-01&format=" + format + "&size=640x480");
    assertThat(a.status())
        .as(a.text().length() > 300 ? a.text().substring(0, 300) : a.text())
        .isEqualTo(200);
    assertThat(a.header("Content-Disposition")).contains("frontline-2016-02-01." + format);
    String head = new String(a.body(), 0, 16, StandardCharsets.ISO_8859_1);
    switch (format) {
      case "gpkg" -> assertThat(head).startsWith("SQLite format 3");
      case "png" -> assertThat(head).contains("PNG");
      case "svg" -> assertThat(a.text()).contains("<svg");
      case "kml" -> assertThat(a.text()).contains("<Placemark>").contains("Mosul");
      case "csv" -> assertThat(a.text()).startsWith("place_id,name").contains("Mosul");
      default ->
        assertThat(a.json().get("features").findValuesAsText("layer"))
            .contains("control_areas", "settlements");
    }
  }
}
