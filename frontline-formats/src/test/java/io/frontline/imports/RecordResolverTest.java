package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordResolverTest {
  private static final String HEADER =
      "geonames_id,place,country,actor,from_actor,status,date,precision,source_url,source_title,source_kind,confidence\n";

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private ImportResult row(String row) {
    return fixture.read("rows.csv", HEADER + row + "\n");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "99072,,,Hezbollah,,controls,2014-06-10,day,https://a.example/1,,,|unknown-actor",
        "99072,,,IS,Hezbollah,controls,2014-06-10,day,https://a.example/1,,,|unknown-actor",
        "99072,,,IS,ISIL,controls,2014-06-10,day,https://a.example/1,,,|same-actor",
        "99072,,,,,controls,2014-06-10,day,https://a.example/1,,,|missing-field",
        "99072,,,IS,,,2014-06-10,day,https://a.example/1,,,|missing-field",
        "99072,,,IS,,owns,2014-06-10,day,https://a.example/1,,,|bad-status",
        "99072,,,IS,,controls,,,https://a.example/1,,,|missing-field",
        "99072,,,IS,,controls,10/06/2014,,https://a.example/1,,,|bad-date",
        "99072,,,IS,,controls,2015-02-30,,https://a.example/1,,,|impossible-date",
        "99072,,,IS,,controls,2015-13,,https://a.example/1,,,|impossible-date",
        "99072,,,IS,,controls,2014-06,day,https://a.example/1,,,|precision-mismatch",
        "99072,,,IS,,controls,2014-06,week,https://a.example/1,,,|bad-precision",
        "99072,,,IS,,controls,2031-01-01,day,https://a.example/1,,,|future-date",
        "99072,,,IS,,controls,2025-07,,https://a.example/1,,,|future-date",
        "99072,,,IS,,controls,2014-06-10,day,,,,|no-source",
        "99072,,,IS,,controls,2014-06-10,day,ftp://a.example/1,,,|bad-source",
        "99072,,,IS,,controls,2014-06-10,day,https://a.example/1,,rumour,|bad-source-kind",
        "99072,,,IS,,controls,2014-06-10,day,https://a.example/1,,,certain|bad-confidence",
        "abc,,,IS,,controls,2014-06-10,day,https://a.example/1,,,|bad-geonames-id",
        "0,,,IS,,controls,2014-06-10,day,https://a.example/1,,,|bad-geonames-id",
        "12345,,,IS,,controls,2014-06-10,day,https://a.example/1,,,|unknown-place",
        ",Atlantis,SY,IS,,controls,2014-06-10,day,https://a.example/1,,,|unknown-place",
        ",Mosul,SY,IS,,controls,2014-06-10,day,https://a.example/1,,,|unknown-place",
        "99072,,SY,IS,,controls,2014-06-10,day,https://a.example/1,,,|place-country-mismatch",
        ",,,IS,,controls,2014-06-10,day,https://a.example/1,,,|no-subject"
      })
  void refusesABadField(String row, String code) {
    ImportResult result = row(row);

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple(code, "line 2"));
    assertThat(result.accepted()).isEmpty();
    assertThat(result.records()).isEqualTo(1);
  }

  @Test
  void explainsTheCommonMistakesInTheirOwnWords() {
    assertThat(row("99072,,,IS,,controls,2015-02-30,,https://a.example/1,,,")
            .findings()
            .get(0)
            .message())
        .isEqualTo("date 2015-02-30 does not exist");
    assertThat(row("99072,,,IS,,controls,2015-02-03,,,,,").findings().get(0).message())
        .isEqualTo("no source: every observation needs a source");
    assertThat(row("12345,,,IS,,controls,2015-02-03,,https://a.example/1,,,")
            .findings()
            .get(0)
            .message())
        .isEqualTo("place '12345' not in the gazetteer");
    assertThat(row(",Atlantis,SY,IS,,controls,2015-02-03,,https://a.example/1,,,")
            .findings()
            .get(0)
            .message())
        .isEqualTo("place 'Atlantis' not in the gazetteer (country SY)");
    assertThat(row("99072,,,IS,,controls,2031-01-01,,https://a.example/1,,,")
            .findings()
            .get(0)
            .message())
        .isEqualTo("date 2031-01-01 is after today (2025-06-01)");
  }

  @Test
  void saysWhereAnUnknownActorIsAndHowToAddIt() {
    var finding =
        row("99072,,,Rapid Support Forces,,controls,2014-06-10,day,https://a.example/1,,,")
            .findings()
            .get(0);
    String message = finding.message();

    assertThat(finding.location()).isEqualTo("line 2");
    assertThat(message)
        .startsWith(
            "unknown actor 'Rapid Support Forces'; add it with: frontline actors add"
                + " --id rapid-support-forces --name \"Rapid Support Forces\" --kind non-state --colour \"#rrggbb\", or load"
                + " an actors file with --actors FILE; known: islamic-state (Islamic State), iraq (Government of Iraq), ");
  }

  @Test
  void suggestsNoIdForANameWithoutLatinLetters() {
    String message =
        row("99072,,,قوات الدعم السريع,,controls,2014-06-10,day,https://a.example/1,,,")
            .findings()
            .get(0)
            .message();

    assertThat(message).contains("--id ID --name \"قوات الدعم السريع\"");
  }

  @Test
  void reportsEveryProblemOfOneRecord() {
    ImportResult result = row("12345,,,Hezbollah,,controls,2015-02-30,,,,,sure");

    assertThat(result.findings())
        .extracting(Finding::code)
        .containsExactlyInAnyOrder(
            "unknown-actor", "impossible-date", "no-source", "bad-confidence", "unknown-place");
    assertThat(result.findings()).extracting(Finding::location).containsOnly("line 2");
  }

  @Test
  void resolvesAliasesAndAppliesDefaults() {
    Statement statement =
        row("99072,,,Islamitische Staat,GOVERNMENT OF IRAQ,captured,2014-06,month,,Reuters,,")
            .accepted()
            .get(0);

    assertThat(statement.actorId()).isEqualTo("islamic-state");
    assertThat(statement.fromActorId()).isEqualTo("iraq");
    assertThat(statement.confidence()).isEqualTo(Confidence.MEDIUM);
    assertThat(statement.source().kind()).isEqualTo(SourceKind.NEWS);
    assertThat(statement.source().title()).isEqualTo("Reuters");
    assertThat(statement.date().toString()).isEqualTo("2014-06");
  }
}
