package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read commands on the demo store: text a reader can use, JSON that matches its schema and agrees across commands. */
class CommandsTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @Test
  void figuresJsonMatchesItsSchemaAndNamesTheMethod() throws Exception {
    Cli.Run run = Cli.run("figures", "--date", "2016-02-01", "--store", store, "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonSchemas.validate("figures.schema.json", run.out());
    JsonNode is = actor(json, "islamic-state");
    // the demo's own figure, as InitCommandTest pins it in the text ("71,170")
    assertThat(is.get("area_km2").asDouble()).isEqualTo(71_169.9);
    assertThat(is.get("population").asLong()).isGreaterThan(1_000_000);
    assertThat(is.get("city_names").toString()).contains("Mosul");
    assertThat(json.at("/method/zones/radius_km").asDouble()).isEqualTo(30);
    assertThat(json.at("/method/observations_total").asInt()).isGreaterThanOrEqualTo(150);
  }

  @Test
  void anAliasInAnyLanguageFindsTheActor() throws Exception {
    for (String alias : new String[] {"ISIS", "Daesh", "Islamitische Staat", "الدولة الإسلامية"}) {
      Cli.Run run =
          Cli.run("figures", "--date", "2016-02-01", "--actor", alias, "--store", store, "--json");
      assertThat(run.exit()).as(alias + ": " + run.err()).isZero();
      JsonNode json = JsonSchemas.validate("figures.schema.json", run.out());
      assertThat(json.get("actors")).hasSize(1);
      assertThat(json.at("/actors/0/id").asText()).isEqualTo("islamic-state");
    }
  }

  @Test
  void seriesAgreesWithFiguresOnTheSameDay() throws Exception {
    JsonNode series = JsonSchemas.validate(
        "series.schema.json",
        Cli.run(
                "series",
                "--from",
                "2016-01-31",
                "--to",
                "2016-02-02",
                "--actor",
                "IS",
                "--store",
                store,
                "--json")
            .out());
    JsonNode figures = JsonSchemas.validate(
        "figures.schema.json",
        Cli.run("figures", "--date", "2016-02-01", "--store", store, "--json").out());
    assertThat(series.get("points")).hasSize(3);
    assertThat(series.at("/points/1/area_km2").asDouble())
        .isCloseTo(actor(figures, "islamic-state").get("area_km2").asDouble(), within(0.2));
    assertThat(series.at("/points/1/population").asLong())
        .isEqualTo(actor(figures, "islamic-state").get("population").asLong());
  }

  @Test
  void changesBalanceAndListMosulWithItsSource() throws Exception {
    Cli.Run run = Cli.run(
        "changes", "--from", "2016-02-01", "--to", "2017-08-01", "--store", store, "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonSchemas.validate("changes.schema.json", run.out());
    double gained = 0;
    double lost = 0;
    for (JsonNode b : json.get("balances")) {
      gained += b.get("gained_km2").asDouble();
      lost += b.get("lost_km2").asDouble();
    }
    assertThat(gained).isCloseTo(lost, within(1.0));
    JsonNode mosul = null;
    for (JsonNode p : json.get("places")) {
      mosul = p.get("place_id").asLong() == 99072 ? p : mosul;
    }
    assertThat(mosul).isNotNull();
    assertThat(mosul.get("from").asText()).isEqualTo("islamic-state");
    assertThat(mosul.get("to").asText()).isEqualTo("iraq");
    assertThat(mosul.get("urls").get(0).asText()).startsWith("http");
  }

  @Test
  void changesGiveEachPlaceItsOwnDate() throws Exception {
    Cli.Run text =
        Cli.run("changes", "--from", "2016-02-01", "--to", "2017-06-05", "--store", store);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("place +from +to +changed +source")
        .containsPattern("\\n  Mosul +Islamic State +contested +2016-11-01 ");
    JsonNode json = JsonSchemas.validate(
        "changes.schema.json",
        Cli.run("changes", "--from", "2016-02-01", "--to", "2017-06-05", "--store", store, "--json")
            .out());
    JsonNode mosul = null;
    for (JsonNode p : json.get("places")) {
      mosul = p.get("place_id").asLong() == 99072 ? p : mosul;
    }
    assertThat(mosul.get("changed_on").asText()).isEqualTo("2016-11-01");
    assertThat(mosul.get("date").asText()).isEqualTo("2017-01-24");
  }

  @Test
  void sourcesListTheOutletsWithTheirKindsGradesAndFlags() throws Exception {
    Cli.Run text = Cli.run("sources", "--store", store);
    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out())
        .containsPattern("Sources of \\d+ observations: \\d+ outlets, \\d+ of them flagged")
        .containsPattern("outlet +kind +observations +grades +first +last")
        .containsPattern("reuters\\.com \\(Reuters\\) +wire +\\d+ +B1 \\d+");
    Cli.Run run = Cli.run("sources", "--store", store, "--json", "--grade", "c3");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonSchemas.validate("sources.schema.json", run.out());
    assertThat(json.get("grade").asText()).isEqualTo("C3");
    assertThat(json.get("observations").asInt()).isPositive();
    json.get("outlets")
        .forEach(o -> assertThat(o.get("grades").fieldNames()).toIterable().containsExactly("C3"));
    JsonNode one = JsonSchemas.validate(
        "sources.schema.json",
        Cli.run("sources", "--store", store, "--json", "--outlet", "www.aljazeera.com")
            .out());
    assertThat(one.get("outlets").findValuesAsText("host")).containsExactly("aljazeera.com");
    assertThat(one.get("outlets").get(0).get("note").asText()).contains("state-funded");
    Cli.Run bad = Cli.run("sources", "--store", store, "--grade", "Q1");
    assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).contains("--grade must be an Admiralty code such as B2");
  }

  @Test
  void historyFindsAPlaceByAForeignNameAndListsSourcedPeriods() throws Exception {
    for (String name : new String[] {"Mosoel", "Mossoul", "الموصل", "99072"}) {
      Cli.Run run = Cli.run("history", "--place", name, "--store", store, "--json");
      assertThat(run.exit()).as(name + ": " + run.err()).isZero();
      JsonNode json = JsonSchemas.validate("history.schema.json", run.out());
      assertThat(json.at("/place/id").asLong()).isEqualTo(99072);
      assertThat(json.get("periods").size()).isGreaterThanOrEqualTo(3);
      assertThat(json.at("/periods/1/holder").asText()).isEqualTo("islamic-state");
      assertThat(json.at("/periods/1/from").asText()).isEqualTo("2014-06-10");
    }
    Cli.Run text = Cli.run("history", "Palmyra", "--store", store);
    assertThat(text.out())
        .contains("2015-05-21", "2016-03-27", "2016-12-11", "2017-03-02", "Islamic State");
  }

  @Test
  void seriesCsvHasOneLinePerDay() {
    Cli.Run run = Cli.run(
        "series",
        "--from",
        "2014-06-01",
        "--to",
        "2019-03-23",
        "--actor",
        "Daesh",
        "--store",
        store,
        "--csv");
    assertThat(run.exit()).isZero();
    String[] lines = run.out().strip().split("\n");
    assertThat(lines[0]).isEqualTo("date,area_km2,contested_km2,population,settlements");
    assertThat(lines).hasSize(1 + 1757);
  }

  static JsonNode actor(JsonNode figures, String id) {
    for (JsonNode a : figures.get("actors")) {
      if (a.get("id").asText().equals(id)) {
        return a;
      }
    }
    throw new AssertionError("no actor " + id);
  }
}
