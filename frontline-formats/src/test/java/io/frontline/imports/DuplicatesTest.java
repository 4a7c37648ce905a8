package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.observations.Statement;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is already recorded, or repeated within the file, is skipped with a warning and counted, not recorded twice. */
class DuplicatesTest {
  private static final String CSV = "geonames_id,actor,status,date,source_url,note\n"
      + "99072,IS,controls,2014-06-10,https://a.example/mosul,fell\n"
      + "172955,IS,controls,2014-01,https://a.example/raqqa,\n"
      + "163808,IS,controls,2015-05-21,https://a.example/palmyra,\n"
      + "99072,ISIS,controls,2014-06-10,https://a.example/mosul,the same with another note\n";

  @TempDir
  Path dir;

  private ImportFixture fixture;
  private final List<Statement> store = new ArrayList<>();

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  /** A context whose "store" is a list: a statement is recorded when an equal claim is in it. */
  private ImportContext withStore() {
    return new ImportContext(
        fixture.context().actors(),
        fixture.context().gazetteer(),
        List::of,
        statements -> statements.stream()
            .filter(s -> store.stream().anyMatch(r -> r.claim().equals(s.claim())))
            .toList());
  }

  @Test
  void aRecordRepeatedInTheFileIsSkippedWithAWarning() {
    ImportResult result = fixture.read(fixture.write("twice.csv", CSV), withStore());

    assertThat(result.accepted()).hasSize(3);
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::severity)
        .containsExactly(tuple("duplicate-in-file", "line 5", Severity.WARNING));
    assertThat(result.findings().get(0).message())
        .isEqualTo(
            "the same observation as line 2 (same subject, actor, status, date and source): skipped");
    assertThat(result.rejected()).isZero();
    assertThat(result.duplicates()).isEqualTo(1);
    assertThat(ImportReport.summary(result))
        .isEqualTo(
            "4 records: 3 accepted, 0 rejected, 0 repaired, 1 repeated in the file, skipped");
  }

  @Test
  void importingTheSameFileTwiceSkipsEverythingTheSecondTime() {
    Path file = fixture.write("twice.csv", CSV);
    store.addAll(fixture.read(file, withStore()).accepted());

    ImportResult again = fixture.read(file, withStore());

    assertThat(again.accepted()).isEmpty();
    assertThat(again.hasErrors()).isFalse();
    assertThat(again.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            tuple("already-recorded", "line 2"),
            tuple("already-recorded", "line 3"),
            tuple("already-recorded", "line 4"),
            tuple("duplicate-in-file", "line 5"));
    assertThat(again.findings().get(0).message())
        .isEqualTo("already recorded (same subject, actor, status, date and source): skipped");
    assertThat(ImportReport.summary(again))
        .isEqualTo("4 records: 0 accepted, 0 rejected, 0 repaired, "
            + "3 already recorded, skipped, 1 repeated in the file, skipped");
    assertThat(ImportReport.json(again).get("already_recorded").asInt()).isEqualTo(3);
  }

  @Test
  void aDifferentSourceOrDateIsANewObservation() {
    store.addAll(fixture.read(fixture.write("first.csv", CSV), withStore()).accepted());
    String other = "geonames_id,actor,status,date,source_url\n"
        + "99072,IS,controls,2014-06-10,https://b.example/another-source\n"
        + "99072,IS,controls,2014-06-11,https://a.example/mosul\n"
        + "99072,IS,contested,2014-06-10,https://a.example/mosul\n";

    ImportResult result = fixture.read(fixture.write("other.csv", other), withStore());

    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted()).hasSize(3);
  }
}
