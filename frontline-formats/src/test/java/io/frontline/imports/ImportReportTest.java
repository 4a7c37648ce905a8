package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.observations.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportReportTest {
  private static ImportResult result() {
    List<Statement> accepted =
        new ArrayList<>(Collections.nCopies(409, ObservationImportTest.MOSUL));
    List<Finding> findings = List.of(
        Finding.error(
            "unknown-actor",
            "line 5",
            "unknown actor 'ISIS-K'; known: islamic-state (Islamic State)"),
        Finding.error("impossible-date", "line 6", "date 2015-02-30 does not exist"),
        new Finding(
            Severity.ERROR,
            "ring-not-closed",
            "line 7",
            "ring not closed: first point 38 35 differs from " + "last point 38 36",
            "LINESTRING (38 35, 39 35, 38 36)"),
        new Finding(
            Severity.REPAIRED,
            "ring-orientation-normalised",
            "line 9",
            "reversed 1 rings",
            "POLYGON EMPTY"));
    return new ImportResult("csv", 412, accepted, findings);
  }

  @Test
  void summarisesInOneLine() {
    assertThat(ImportReport.summary(result()))
        .isEqualTo("412 records: 409 accepted, 3 rejected, 1 repaired");
  }

  @Test
  void writesOneLinePerFinding() {
    assertThat(ImportReport.text(result()).lines().toList())
        .containsExactly(
            "412 records: 409 accepted, 3 rejected, 1 repaired",
            "line 5: error [unknown-actor] unknown actor 'ISIS-K'; known: islamic-state (Islamic State)",
            "line 6: error [impossible-date] date 2015-02-30 does not exist",
            "line 7: error [ring-not-closed] ring not closed: first point 38 35 differs from last point 38 36 "
                + "(LINESTRING (38 35, 39 35, 38 36))",
            "line 9: repaired [ring-orientation-normalised] reversed 1 rings (POLYGON EMPTY)");
  }

  @Test
  void writesJsonForPrograms() {
    JsonNode json = ImportReport.json(result());

    assertThat(json.get("records").asInt()).isEqualTo(412);
    assertThat(json.get("accepted").asInt()).isEqualTo(409);
    assertThat(json.get("rejected").asInt()).isEqualTo(3);
    assertThat(json.get("repaired").asInt()).isEqualTo(1);
    assertThat(json.get("has_errors").asBoolean()).isTrue();
    assertThat(json.get("findings")).hasSize(4);
    JsonNode ring = json.get("findings").get(2);
    assertThat(ring.get("code").asText()).isEqualTo("ring-not-closed");
    assertThat(ring.get("location").asText()).isEqualTo("line 7");
    assertThat(ring.get("severity").asText()).isEqualTo("error");
    assertThat(ring.get("wkt").asText()).isEqualTo("LINESTRING (38 35, 39 35, 38 36)");
    assertThat(ring.get("message").asText()).startsWith("ring not closed");
  }
}
