package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events commands on the demo store (which holds the bundled UCDP and strike events). */
class EventsCommandTest {
  static final String UCDP_HEADER =
      "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,deaths_a,"
          + "deaths_b,deaths_civilians,deaths_unknown\n";

  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @Test
  void theDemoLoadedBothFilesAndPrintsTheEventsSection() {
    Cli.Run demo = Cli.demoRun(dir);
    assertThat(demo.out())
        .contains("Loaded 46,553 events from 46,553 rows of ucdp-ged-syria-iraq-2013-2019.csv")
        .containsPattern("Events: 46,553 UCDP GED events in Syria and Iraq 2013-2019")
        .containsPattern("On Islamic State's ground: [\\d,]+ UCDP events")
        .contains("Data: UCDP Georeferenced Event Dataset");
  }

  @Test
  void theTableListsEventsWithTheirGroundAndCredits() {
    Cli.Run run = Cli.run(
        "events",
        "--from",
        "2015-06-01",
        "--to",
        "2015-06-30",
        "--in-territory-of",
        "ISIS",
        "--limit",
        "5",
        "--store",
        store);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("[\\d,]+ events from 2015-06-01 to 2015-06-30 on islamic-state's ground")
        .contains("Ground", "islamic-state controls", "Data: ");
  }

  @Test
  void theJsonMatchesItsSchemaAndTheCsvHasOneRowPerEvent() throws Exception {
    Cli.Run json = Cli.run(
        "events",
        "--from",
        "2015-01-01",
        "--to",
        "2015-01-31",
        "--limit",
        "20",
        "--json",
        "--store",
        store);
    Cli.Run csv = Cli.run(
        "events",
        "--from",
        "2015-01-01",
        "--to",
        "2015-01-31",
        "--limit",
        "20",
        "--csv",
        "--store",
        store);

    JsonNode doc = JsonSchemas.validate("events.schema.json", json.out());
    assertThat(doc.get("total").asInt()).isGreaterThan(20);
    assertThat(doc.get("returned").asInt()).isEqualTo(20);
    assertThat(csv.out().lines().count()).isEqualTo(21);
    assertThat(csv.out()).startsWith("dataset,event_id,date,");
  }

  @Test
  void theGeoJsonHasAPointPerEventThatGdalCanRead() throws Exception {
    Cli.Run geojson = Cli.run(
        "events",
        "--from",
        "2015-01-01",
        "--to",
        "2015-01-31",
        "--limit",
        "20",
        "--geojson",
        "--store",
        store);

    JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geojson.out());
    assertThat(geojson.exit()).isZero();
    assertThat(doc.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(doc.get("features")).hasSize(20);
    assertThat(doc.at("/features/0/geometry/type").asText()).isEqualTo("Point");
    assertThat(doc.at("/features/0/properties/dataset").asText()).isEqualTo("ucdp-ged");
  }

  @Test
  void theSummaryCountsYearsApartAndMatchesItsSchema() throws Exception {
    Cli.Run text = Cli.run(
        "events", "summary", "--from", "2015-01-01", "--to", "2015-12-31", "--store", store);
    Cli.Run json = Cli.run(
        "events",
        "summary",
        "--from",
        "2015-01-01",
        "--to",
        "2015-12-31",
        "--front-km",
        "5",
        "--json",
        "--store",
        store);

    assertThat(text.exit()).as(text.err()).isZero();
    assertThat(text.out()).contains("Events inside", "year-precise", "islamic-state");
    JsonNode doc = JsonSchemas.validate("event-summary.schema.json", json.out());
    assertThat(doc.get("front_km").asDouble()).isEqualTo(5);
    assertThat(doc.get("year_precise").asInt()).isPositive();
    assertThat(doc.get("rows").toString())
        .contains("\"period\":\"2015\"")
        .contains("\"period\":\"2015-06\"");
  }

  @Test
  void anImportIsAllOrNothingAndItsReportMatchesItsSchema() throws Exception {
    Path good = Files.writeString(
        dir.resolve("good.csv"),
        UCDP_HEADER
            + "900001,2016,Iraq,Government of Iraq,IS,Government of Iraq - IS,36.335,43.11889,1,0,1,0,0\n");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(
        latin1,
        (UCDP_HEADER + "900002,2016,Iraq,Gouvernement d'Irak \u00e9,IS,x,36.3,43.1,1,0,1,0,0\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    Cli.Run dry =
        Cli.run("events", "import", good.toString(), "--dry-run", "--json", "--store", store);
    Cli.Run first = Cli.run("events", "import", good.toString(), "--store", store);
    Cli.Run second = Cli.run("events", "import", good.toString(), "--store", store);
    Cli.Run bad = Cli.run("events", "import", latin1.toString(), "--json", "--store", store);

    assertThat(dry.exit()).as(dry.err()).isZero();
    assertThat(JsonSchemas.validate("event-import.schema.json", dry.out())
            .get("added")
            .asInt())
        .isZero();
    assertThat(first.out()).contains("Added 1 events.");
    assertThat(second.out()).contains("every event is already stored");
    assertThat(bad.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(JsonSchemas.validate("event-import.schema.json", bad.out())
            .get("findings")
            .toString())
        .contains("not-utf8");
  }

  @Test
  void theMonthlyChartIsDrawnForOneActor() throws Exception {
    Path png = dir.resolve("events.png");
    Cli.Run run = Cli.run(
        "chart",
        "events",
        "--from",
        "2014-06-01",
        "--to",
        "2016-12-31",
        "--actor",
        "ISIS",
        "--out",
        png.toString(),
        "--store",
        store);
    Cli.Run noActor = Cli.run(
        "chart",
        "events",
        "--from",
        "2014-06-01",
        "--to",
        "2016-12-31",
        "--out",
        dir.resolve("x.png").toString(),
        "--store",
        store);

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
    assertThat(noActor.exit()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void badValuesAndUnknownNamesHaveTheirExitCodes() {
    assertThat(Cli.run("events", "--from", "2015-02-30", "--to", "2015-03-01", "--store", store)
            .exit())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("events", "--store", store).exit()).isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run("events", "--from", "2015-03-01", "--to", "2015-02-01", "--store", store)
            .exit())
        .isEqualTo(ExitCode.USAGE);
    assertThat(Cli.run(
                "events",
                "--from",
                "2015-01-01",
                "--to",
                "2015-02-01",
                "--actor",
                "nobody",
                "--store",
                store)
            .exit())
        .isEqualTo(ExitCode.NOT_FOUND);
    assertThat(Cli.run("events", "import", dir.resolve("none.csv").toString(), "--store", store)
            .exit())
        .isEqualTo(ExitCode.NOT_FOUND);
    assertThat(Cli.run(
                "events",
                "summary",
                "--from",
                "2015-01-01",
                "--to",
                "2015-02-01",
                "--front-km",
                "-1",
                "--store",
                store)
            .exit())
        .isEqualTo(ExitCode.USAGE);
  }
}
