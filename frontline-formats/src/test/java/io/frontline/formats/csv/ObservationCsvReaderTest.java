package io.frontline.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.formats.FormatException;
import io.frontline.observations.Finding;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ObservationCsvReaderTest {
  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void assertRefused(String csv, String code, String location) {
    assertThatThrownBy(() -> ObservationCsvReader.read(in(csv)))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.location()).isEqualTo(location);
        });
  }

  @Test
  void readsTheProjectLayoutInAnyColumnOrderWithBomQuotesAndCrlf() throws Exception {
    CsvRows rows =
        ObservationCsvReader.read(in("\uFEFFdate,actor,status,place,country,note,source_url\r\n"
            + "2014-06-10,ISIS,controls,Mosul,IQ,\"fell, after \"\"days\"\"\",https://a.example/1\r\n"
            + "\r\n"
            + "2015-05,IS,contested,Raqqa,SY,\"two\r\nlines\",https://a.example/2\r\n"
            + ",,,,,,\r\n"
            + "2016,IS,presence,Palmyra,SY,,https://a.example/3"));

    assertThat(rows.layout()).isEqualTo(CsvLayout.OBSERVATIONS);
    assertThat(rows.records()).isEqualTo(3);
    assertThat(rows.findings()).isEmpty();
    assertThat(rows.rows()).extracting(CsvRow::line).containsExactly(2, 4, 7);
    assertThat(rows.rows().get(0).fields())
        .isEqualTo(Map.of(
            "date",
            "2014-06-10",
            "actor",
            "ISIS",
            "status",
            "controls",
            "place",
            "Mosul",
            "country",
            "IQ",
            "note",
            "fell, after \"days\"",
            "source_url",
            "https://a.example/1"));
    assertThat(rows.rows().get(1).fields()).containsEntry("note", "two\r\nlines");
    assertThat(rows.rows().get(2).fields()).doesNotContainKey("note");
  }

  @Test
  void detectsAndMapsTheControlChangesLayout() throws Exception {
    CsvRows rows = ObservationCsvReader.read(
        in(
            """
        place,geonames_id,country,date,precision,change,from_actor,to_actor,note,sources
        Mosul,99072,IQ,2014-06-10,day,captured,Government of Iraq,Islamic State,,https://a.example/1 https://b.example/2
        Kobani,172256,SY,2014-09-16,day,contested,People's Protection Units (YPG),Islamic State,siege,https://c.example/3
        Raqqa,172955,SY,2014,year,liberated,Islamic State,Syrian Democratic Forces,,https://d.example/4
        """));

    assertThat(rows.layout()).isEqualTo(CsvLayout.CONTROL_CHANGES);
    assertThat(rows.layout().formatName()).isEqualTo("csv-control-changes");
    assertThat(rows.rows().get(0).fields())
        .isEqualTo(Map.ofEntries(
            Map.entry("place", "Mosul"),
            Map.entry("geonames_id", "99072"),
            Map.entry("country", "IQ"),
            Map.entry("date", "2014-06-10"),
            Map.entry("precision", "day"),
            Map.entry("status", "controls"),
            Map.entry("from_actor", "Government of Iraq"),
            Map.entry("actor", "Islamic State"),
            Map.entry("source_url", "https://a.example/1 https://b.example/2"),
            Map.entry("source_kind", "news"),
            Map.entry("confidence", "medium")));
    assertThat(rows.rows().get(1).fields())
        .containsEntry("status", "contested")
        .containsEntry("note", "siege");
    assertThat(rows.rows().get(2).fields())
        .containsEntry("change", "liberated")
        .doesNotContainKey("status");
  }

  @Test
  void reportsRowsWithTheWrongNumberOfFieldsAndReadsTheOthers() throws Exception {
    CsvRows rows = ObservationCsvReader.read(
        in("actor,status,date\nIS,controls,2014\nIS,controls\nIS,controls,2015,x\n"
            + "IS,controls,2016\n"));

    assertThat(rows.records()).isEqualTo(4);
    assertThat(rows.rows()).extracting(CsvRow::line).containsExactly(2, 5);
    assertThat(rows.findings())
        .extracting(Finding::code, Finding::location, Finding::message)
        .containsExactly(
            tuple("csv-field-count", "line 3", "row has 2 fields, the header has 3"),
            tuple("csv-field-count", "line 4", "row has 4 fields, the header has 3"));
  }

  @Test
  void handsEachRowOnAsItIsReadAndKeepsNone() throws Exception {
    List<Integer> seen = new ArrayList<>();
    CsvRows read = ObservationCsvReader.read(
        in("actor,status,date\nIS,controls,2014\nIS,controls\nIS,controls,2016\n"),
        row -> seen.add(row.line()));

    assertThat(seen).containsExactly(2, 4);
    assertThat(read.rows()).isEmpty();
    assertThat(read.records()).isEqualTo(3);
    assertThat(read.findings()).extracting(Finding::location).containsExactly("line 3");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "actor,status,date,colour|csv-unknown-column|header",
        "place,geonames_id,actor,actor,status,date|csv-duplicate-column|header",
        "place,actor,date|csv-missing-column|header",
        "place,change,from_actor,to_actor,sources|csv-missing-column|header"
      })
  void refusesBadHeaders(String header, String code, String location) {
    assertRefused(header + "\nx,y,z,w,v,u\n", code, location);
  }

  @Test
  void namesEveryUnknownColumn() {
    assertThatThrownBy(() -> ObservationCsvReader.read(in("Raqqa,actor,status,date,x\n")))
        .hasMessageStartingWith(
            "unknown columns 'raqqa', 'x'; the csv columns are: place,geonames_id,");
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused("", "csv-no-header", "header");
  }

  @Test
  void locatesAnUnterminatedQuote() {
    assertRefused(
        "actor,status,date\nIS,controls,2014\nIS,\"controls,2015\n", "csv-malformed", "line 3");
  }

  @Test
  void locatesAStrayCharacterAfterAQuote() {
    assertRefused("actor,status,date\nIS,\"controls\"x,2014\n", "csv-malformed", "line 2");
  }
}
