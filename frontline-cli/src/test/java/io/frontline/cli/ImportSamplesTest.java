package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sample files in docs/examples import into the demo store, and a second import records nothing; the JSON report
 * matches docs/schema/import.schema.json; encodings and coordinates are checked as the docs say.
 */
class ImportSamplesTest {
  private static final Path EXAMPLES =
      Path.of("..", "docs", "examples").toAbsolutePath().normalize();

  @TempDir
  Path dir;

  private static JsonNode report(Cli.Run run) throws Exception {
    return JsonSchemas.validate("import.schema.json", run.out());
  }

  @ParameterizedTest
  @CsvSource({"observations.geojson,geojson,3", "observations.kml,kml,2", "observations.csv,csv,3"})
  void eachSampleImportsIntoTheDemoStoreAndOnlyOnce(String sample, String format, int records)
      throws Exception {
    String store = Cli.demoStore(dir).toString();
    String file = EXAMPLES.resolve(sample).toString();

    Cli.Run first = Cli.run("import", file, "--store", store, "--json");
    JsonNode json = report(first);
    assertThat(first.exit()).as(first.out() + first.err()).isZero();
    assertThat(json.get("format").asText()).isEqualTo(format);
    assertThat(json.get("records").asInt()).isEqualTo(records);
    assertThat(json.get("accepted").asInt()).isEqualTo(records);
    assertThat(json.get("recorded").asInt()).isEqualTo(records);
    assertThat(json.get("findings")).isEmpty();

    Cli.Run again = Cli.run("import", file, "--store", store, "--json");
    JsonNode second = report(again);
    assertThat(again.exit()).isZero();
    assertThat(second.get("already_recorded").asInt()).isEqualTo(records);
    assertThat(second.get("recorded").asInt()).isZero();
    assertThat(second.get("findings"))
        .allSatisfy(f -> assertThat(f.get("code").asText()).isEqualTo("already-recorded"));

    Cli.Run text = Cli.run("import", file, "--store", store);
    assertThat(text.out())
        .contains(
            records + " already recorded, skipped",
            "Nothing was written: every valid record is already recorded.");
  }

  @Test
  void aRejectedFileReportMatchesTheSchemaToo() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.geojson"), ImportCommandTest.BAD);

    Cli.Run run =
        Cli.run("import", file.toString(), "--store", Cli.demoStore(dir).toString(), "--json");

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(report(run).get("rejected").asInt()).isEqualTo(3);
  }

  @Test
  void aLatin1CsvIsRefusedUntilItsEncodingIsGiven() throws Exception {
    String store = Cli.demoStore(dir).toString();
    Path file = Files.write(
        dir.resolve("latin1.csv"),
        ("place,country,actor,status,date,source_title,note\n"
                + "Mosul,IQ,IS,presence,2014-06-09,Le Monde,\"attaque signalée\"\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    Cli.Run refused = Cli.run("import", file.toString(), "--store", store);
    Cli.Run read =
        Cli.run("import", file.toString(), "--store", store, "--encoding", "windows-1252");
    Cli.Run unknown =
        Cli.run("import", file.toString(), "--store", store, "--encoding", "klingon-8");

    assertThat(refused.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(refused.out())
        .contains(
            "line 2: error [not-utf8] not valid UTF-8: byte 0xE9 at byte offset 106 " + "(line 2)");
    assertThat(read.exit()).as(read.out()).isZero();
    assertThat(read.out()).contains("Recorded 1 observations");
    assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err()).contains("--encoding: unknown encoding 'klingon-8'");
  }

  @Test
  void mosulsAreaWrittenLatLonIsRefusedAgainstTheWorldBasemap() throws Exception {
    Path file = Files.writeString(
        dir.resolve("swapped.geojson"),
        """
        {"type": "Feature", "geometry": {"type": "Polygon",
          "coordinates": [[[36.3, 43.05], [36.3, 43.2], [36.4, 43.2], [36.4, 43.05], [36.3, 43.05]]]},
         "properties": {"name": "Mosul pocket", "actor": "IS", "status": "controls", "date": "2014-06-10",
                        "source": "https://en.wikipedia.org/wiki/Fall_of_Mosul"}}""");

    Cli.Run run =
        Cli.run("import", file.toString(), "--store", Cli.demoStore(dir).toString());

    assertThat(run.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(run.out())
        .contains(
            "feature 1: error [coordinates-swapped] coordinates look swapped (lat, lon): the "
                + "area lies outside every country (in the sea); swapped, the area lies in Iraq near Mosul");
  }
}
