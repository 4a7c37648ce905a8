package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.observations.Finding;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.testing.MemoryGazetteer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reviewed scenario file reads in full: every row accepted, with its grade, share and the two region-wide ends. */
class IslamicStateScenarioTest {
  @TempDir
  Path dir;

  /**
   * Every row reads: the only rows refused are those whose place the bundled gazetteer lacks (their names have no
   * GeoNames entry; printed, so that the gazetteer supplement can be completed), and every accepted row has a grade.
   */
  @Test
  void everyRowOfTheReviewedFileReadsAndOnlyPlacesMissingFromTheGazetteerAreRefused()
      throws IOException {
    ImportResult result = read(IslamicStateScenario.FILES.get(0));
    result
        .findings()
        .forEach(f -> System.out.println("scenario finding: " + f.severity() + " " + f.location()
            + " " + f.code() + ": " + f.message()));
    assertThat(result.records()).isEqualTo(rows());
    assertThat(result.findings())
        .filteredOn(f -> f.severity() == Finding.Severity.ERROR)
        .allSatisfy(f -> assertThat(f.code()).isEqualTo("unknown-place"));
    assertThat(result.accepted().size() + result.rejected()).isEqualTo(rows());
    assertThat(result.accepted()).allSatisfy(s -> assertThat(s.source().grade()).isNotNull());
    assertThat(result.accepted().stream().filter(s -> s.share() != null))
        .isNotEmpty()
        .allSatisfy(s -> assertThat(s.status()).isEqualTo(Status.CONTESTED));
  }

  @Test
  void rowsRestingOnlyOnFlaggedOutletsAreRecordedAsLowConfidence() throws IOException {
    ImportResult result = read(IslamicStateScenario.FILES.get(0));
    List<Finding> weak =
        result.findings().stream().filter(f -> f.code().equals("weak-source")).toList();
    assertThat(weak).allSatisfy(f -> assertThat(f.message())
        .startsWith("rests only on ")
        .endsWith(": recorded as low confidence; add an independent source"));
    long low = result.accepted().stream()
        .filter(s -> s.confidence() == io.frontline.observations.Confidence.LOW)
        .count();
    assertThat(low).isEqualTo(weak.size());
  }

  @Test
  void theEndsRowsAreTheCountriesOutlinesAndNameTheActorWhoseHoldingEnds() throws IOException {
    List<Statement> ends = read(IslamicStateScenario.FILES.get(0)).accepted().stream()
        .filter(s -> s.status() == Status.ENDS)
        .toList();
    assertThat(ends).hasSize(2);
    assertThat(ends).allSatisfy(s -> {
      assertThat(s.actorId()).isEqualTo("islamic-state");
      assertThat(s.fromActorId()).isNull();
      assertThat(s.subject()).isInstanceOf(Subject.Area.class);
      assertThat(s.source().gradeCode()).isEqualTo("B1");
    });
    Subject.Area iraq = (Subject.Area) ends.get(0).subject();
    assertThat(iraq.label()).isEqualTo("Iraq");
    assertThat((Object) iraq.geometry())
        .isEqualTo(NaturalEarthBasemap.shared().findCountry("IQ").orElseThrow().outline());
    assertThat(ends.get(0).date()).hasToString("2017-12-09");
  }

  private ImportResult read(String file) throws IOException {
    Path copy = dir.resolve("scenario.csv");
    try (InputStream in = Resources.open("scenario/" + file)) {
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
    }
    ImportContext context = ImportContext.of(
            new Actors(BundledActors.islamicStateScenario()),
            new MemoryGazetteer(BundledGazetteer.places()))
        .withBasemap(NaturalEarthBasemap.shared())
        .withOutlets(BundledOutlets.table());
    return ObservationImport.read(copy, context, ImportOptions.defaults());
  }

  /** The data rows of the reviewed file. */
  private static int rows() {
    try (var in = IslamicStateScenarioTest.class.getResourceAsStream(
        "/frontline/scenario/review/is-towns-2014-2019.csv")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int rows = 0;
      boolean quoted = false;
      for (char c : text.toCharArray()) {
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\n' && !quoted) {
          rows++;
        }
      }
      return rows - 1;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
