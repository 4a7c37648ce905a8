package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** frontline correct and frontline retract: a new version by lineage id, with a source and a reason, never an overwrite. */
class RevisionCommandsTest {
  static final long MOSUL = 99072;

  @TempDir
  Path dir;

  String store;
  String lineage;

  @BeforeEach
  void store() throws Exception {
    store = Cli.demoStore(dir).toString();
    JsonNode history = JsonSchemas.validate(
        "history.schema.json",
        Cli.run("history", "Mosul", "--store", store, "--json").out());
    lineage = history.at("/periods/1/observation").asText();
    assertThat(history.at("/periods/1/from").asText()).isEqualTo("2014-06-10");
  }

  @Test
  void historyShowsTheLineageOfEachPeriodAndObservation() {
    Cli.Run run = Cli.run("history", "Mosul", "--store", store);
    assertThat(run.out())
        .contains("observation " + lineage)
        .contains("frontline correct LINEAGE")
        .containsPattern(lineage + " +1 +2014-06-10 +Islamic State +controls");
  }

  @Test
  void aCorrectionMayStateAShareAndGradeItsSource() throws Exception {
    Cli.Run run = Cli.run(
        "correct",
        lineage,
        "--status",
        "contested",
        "--share",
        "0.3",
        "--source-url",
        "https://example.org/mosul-part",
        "--source-grade",
        "c3",
        "--reason",
        "only part of the city",
        "--store",
        store,
        "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode v2 = JsonSchemas.validate("observation.schema.json", run.out());
    assertThat(v2.get("share").asDouble()).isEqualTo(0.3);
    assertThat(v2.at("/source/grade").asText()).isEqualTo("C3");
    Cli.Run again = Cli.run(
        "correct",
        lineage,
        "--status",
        "controls",
        "--source-url",
        "https://example.org/all",
        "--reason",
        "all of it after all",
        "--store",
        store,
        "--json");
    JsonNode v3 = JsonSchemas.validate("observation.schema.json", again.out());
    assertThat(v3.get("share").isNull())
        .as("a share belongs to a contested observation only")
        .isTrue();
    assertThat(v3.at("/source/grade").isNull()).isTrue();
    Cli.Run bad = Cli.run(
        "correct",
        lineage,
        "--source-url",
        "https://example.org/x",
        "--source-grade",
        "Z1",
        "--reason",
        "x",
        "--store",
        store);
    assertThat(bad.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(bad.err())
        .contains("--source-grade")
        .contains("source grade must be an Admiralty code");
  }

  @Test
  void aCorrectionRecordsANewVersionThatTheHistoryAndFiguresUse() throws Exception {
    Cli.Run run = Cli.run(
        "correct",
        lineage,
        "--date",
        "2014-06-09",
        "--confidence",
        "high",
        "--source-url",
        "https://example.org/mosul-fell-on-the-9th",
        "--reason",
        "the city fell the evening before",
        "--by",
        "desk",
        "--store",
        store);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Corrected observation " + lineage + ": version 2, recorded ")
        .contains("by desk")
        .contains("Mosul (GeoNames 99072, IQ)")
        .contains("date 2014-06-10 -> 2014-06-09")
        .contains("confidence medium -> high")
        .contains("reason: the city fell the evening before");
    JsonNode history = JsonSchemas.validate(
        "history.schema.json",
        Cli.run("history", "Mosul", "--store", store, "--json").out());
    assertThat(history.at("/periods/1/from").asText()).isEqualTo("2014-06-09");
    JsonNode versions = observation(history, lineage).get("versions");
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).at("/source/urls/0").asText())
        .isEqualTo("https://example.org/mosul-fell-on-the-9th");
    assertThat(versions.get(1).get("note").asText())
        .endsWith("[correction: the city fell the evening before]");

    Cli.Run second = Cli.run(
        "correct",
        lineage,
        "--status",
        "contested",
        "--source-title",
        "AP, 9 June 2014",
        "--reason",
        "fighting went on",
        "--store",
        store,
        "--json");
    JsonNode v3 = JsonSchemas.validate("observation.schema.json", second.out());
    assertThat(v3.get("version").asInt()).isEqualTo(3);
    assertThat(v3.get("status").asText()).isEqualTo("contested");
    assertThat(v3.get("date").asText()).isEqualTo("2014-06-09");
    assertThat(v3.get("note").asText())
        .startsWith("army and police fled")
        .endsWith("[correction: fighting went on]");
  }

  @Test
  void aRetractionTakesTheObservationOutAndTheEarlierStoreStaysReproducible() throws Exception {
    Cli.Run run = Cli.run(
        "retract",
        lineage.substring(0, 8),
        "--source-title",
        "Reuters, 12 June 2014",
        "--reason",
        "wrong city",
        "--store",
        store,
        "--json");
    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode json = JsonSchemas.validate("observation.schema.json", run.out());
    assertThat(json.get("lineage").asText()).isEqualTo(lineage);
    assertThat(json.get("version").asInt()).isEqualTo(2);
    assertThat(json.get("retracted").asBoolean()).isTrue();
    assertThat(json.get("note").asText()).isEqualTo("wrong city");
    assertThat(json.at("/source/title").asText()).isEqualTo("Reuters, 12 June 2014");
    String before =
        Instant.parse(json.get("recorded_at").asText()).minusMillis(1).toString();
    JsonNode now = JsonSchemas.validate(
        "history.schema.json",
        Cli.run("history", "Mosul", "--store", store, "--json").out());
    assertThat(now.toString()).doesNotContain(lineage);
    JsonNode then = JsonSchemas.validate(
        "history.schema.json",
        Cli.run("history", "Mosul", "--store", store, "--json", "--as-of", before)
            .out());
    assertThat(then.at("/periods/1/observation").asText()).isEqualTo(lineage);

    Cli.Run again = Cli.run(
        "retract",
        lineage.substring(0, 8),
        "--source-title",
        "x",
        "--reason",
        "again",
        "--store",
        store);
    assertThat(again.exit()).isEqualTo(ExitCode.REJECTED);
    assertThat(again.err().strip())
        .startsWith("frontline: observation " + lineage + " was retracted at ")
        .contains("cannot be corrected or retracted again")
        .doesNotContain("\tat ");
    assertThat(Cli.run(
                "correct",
                lineage,
                "--note",
                "x",
                "--source-title",
                "x",
                "--reason",
                "y",
                "--store",
                store)
            .exit())
        .isEqualTo(ExitCode.REJECTED);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "retract no-such-lineage --source-title x --reason y | 4 | no observation with lineage 'no-such-lineage'",
        "correct no-such-lineage --source-title x --reason y | 4 | no observation with lineage 'no-such-lineage'",
        "retract LINEAGE --reason y | 3 | --source-url (no source: every observation needs a source)",
        "retract LINEAGE --source-title x | 2 | Missing required option: '--reason=TEXT'",
        "correct LINEAGE --source-title x --reason _ | 3 | a correction needs a reason (--reason: say why",
        "correct LINEAGE --source-url ftp://x --reason y | 3 | source URL must be an absolute http(s) URL",
        "correct LINEAGE --source-title x --reason y --status owns | 3 | status must be controls, contested",
        "correct LINEAGE --source-title x --reason y --date 2016-02-30 | 3 | date 2016-02-30 does not exist",
        "correct LINEAGE --source-title x --reason y --date 2099-01-01 | 3 | --date (date 2099-01-01 is after today",
        "correct LINEAGE --source-title x --reason y --actor Atlantis | 3 | unknown actor 'Atlantis'",
        "correct LINEAGE --source-title x --reason y --confidence sure | 3 | confidence must be low, medium or high"
      })
  void mistakesGetOneLineAndNothingIsWritten(String args, int code, String message) {
    String[] words = (args.replace("LINEAGE", lineage) + " --store " + store).split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = words[i].equals("_") ? " " : words[i];
    }
    Cli.Run run = Cli.run(words);
    assertThat(run.exit()).as(run.err()).isEqualTo(code);
    assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(Cli.run("history", "Mosul", "--store", store, "--json").out())
        .doesNotContain("\"version\" : 2");
  }

  private static JsonNode observation(JsonNode history, String lineage) {
    for (JsonNode o : history.get("observations")) {
      if (o.get("lineage").asText().equals(lineage)) {
        return o;
      }
    }
    throw new AssertionError("no observation " + lineage);
  }
}
