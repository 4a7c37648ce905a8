package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports change the figures when every record is good, and change nothing when one is bad. */
class ImportCommandTest {
  static final String AREA =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[38.9, 35.9], [39.2, 35.9], [39.2, 36.1], [38.9, 36.1], [38.9, 35.9]]]},
         "properties": {"actor": "SDF", "status": "controls", "date": "2016-01-15", "precision": "day",
                        "source": "https://example.org/raqqa-satellite-2016-01-15", "source_kind": "satellite_imagery",
                        "confidence": "high", "note": "drawn from imagery"}}]}
      """;
  static final String BAD =
      """
      {"type": "FeatureCollection", "features": [
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[38.9, 35.9], [39.2, 35.9], [39.2, 36.1], [38.9, 36.1]]]},
         "properties": {"actor": "SDF", "status": "controls", "date": "2016-01-15", "source": "https://example.org/a"}},
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[38.9, 35.9], [39.2, 35.9], [39.2, 36.1], [38.9, 35.9]]]},
         "properties": {"actor": "Atlantis Liberation Front", "status": "controls", "date": "2016-01-15", "source": "https://example.org/b"}},
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[38.9, 35.9], [39.2, 35.9], [39.2, 36.1], [38.9, 35.9]]]},
         "properties": {"actor": "SDF", "status": "controls", "date": "2016-02-30", "source": "https://example.org/c"}},
        {"type": "Feature",
         "geometry": {"type": "Polygon", "coordinates": [[[38.9, 35.9], [39.2, 35.9], [39.2, 36.1], [38.9, 35.9]]]},
         "properties": {"actor": "SDF", "status": "controls", "date": "2016-01-15", "source": "https://example.org/d"}}]}
      """;

  @TempDir
  Path dir;

  @Test
  void aGoodAreaIsRecordedAndTakesTheGroundFromItsDate() throws Exception {
    String store = Cli.demoStore(dir).toString();
    double before = sdfArea(store, "2016-02-01");
    Path file = Files.writeString(dir.resolve("area.geojson"), AREA);
    Cli.Run run = Cli.run("import", file.toString(), "--store", store, "--by", "analyst-1");
    assertThat(run.exit()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("Recorded 1 observations");
    double after = sdfArea(store, "2016-02-01");
    assertThat(after - before).isBetween(400.0, 800.0);
    assertThat(sdfArea(store, "2016-01-14"))
        .isEqualTo(sdfArea(Cli.demoStore(dir.resolve("..")).toString(), "2016-01-14"));
  }

  @Test
  void aFileWithBadRecordsIsRejectedWholeAndEveryProblemIsReported() throws Exception {
    String store = Cli.demoStore(dir).toString();
    String revision =
        Cli.run("figures", "--date", "2016-02-01", "--store", store, "--json").out();
    Path file = Files.writeString(dir.resolve("bad.geojson"), BAD);
    Cli.Run run = Cli.run("import", file.toString(), "--store", store, "--json");
    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(report.get("recorded").asInt()).isZero();
    assertThat(run.out())
        .contains("feature 1", "feature 2", "feature 3")
        .doesNotContain("feature 4\"");
    assertThat(Cli.run("figures", "--date", "2016-02-01", "--store", store, "--json")
            .out())
        .isEqualTo(revision);
  }

  @Test
  void acceptValidRecordsTheGoodRecordsOnly() throws Exception {
    String store = Cli.demoStore(dir).toString();
    Path file = Files.writeString(dir.resolve("bad.geojson"), BAD);
    Cli.Run run = Cli.run("import", file.toString(), "--store", store, "--accept-valid");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Recorded 1 observations");
  }

  static double sdfArea(String store, String date) throws Exception {
    JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(Cli.run("figures", "--date", date, "--actor", "sdf", "--store", store, "--json")
            .out());
    return json.at("/actors/0/area_km2").asDouble();
  }
}
