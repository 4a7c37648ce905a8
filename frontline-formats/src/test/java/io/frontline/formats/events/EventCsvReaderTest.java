package io.frontline.formats.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.Actors;
import io.frontline.events.Event;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.observations.Finding;
import io.frontline.testing.MemoryBasemap;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.timeline.DatePrecision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventCsvReaderTest {
  static final Actors ACTORS = new Actors(List.of(
      new Actor(
          "islamic-state",
          "Islamic State",
          ActorKind.NON_STATE_GROUP,
          "#000000",
          List.of("IS", "ISIL"),
          Map.of()),
      new Actor(
          "syria",
          "Government of Syria",
          ActorKind.STATE_FORCES,
          "#aa0000",
          List.of("Syrian government"),
          Map.of())));
  static final MemoryGazetteer GAZETTEER = new MemoryGazetteer(List.of(
      MemoryGazetteer.place(163345, "Ar Raqqah", 35.95, 39.01, 177_636, "SY"),
      MemoryGazetteer.place(99072, "Mosul", 36.34, 43.13, 1_739_800, "IQ")));
  static final MemoryBasemap BASEMAP =
      new MemoryBasemap(List.of(MemoryBasemap.box("SY", "Syria", 35.7, 32.3, 42.4, 37.3)));
  static final EventReadOptions OPTIONS =
      new EventReadOptions(ACTORS, GAZETTEER, BASEMAP, LocalDate.of(2026, 1, 1), null);
  static final String UCDP =
      "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,deaths_a,"
          + "deaths_b,deaths_civilians,deaths_unknown\n";

  @TempDir
  Path dir;

  EventReadResult read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  EventReadResult read(byte[] bytes) throws IOException {
    Path file = dir.resolve("events.csv");
    Files.write(file, bytes);
    return EventCsvReader.read(file, OPTIONS);
  }

  static List<String> codes(EventReadResult r) {
    return r.findings().stream().map(Finding::code).toList();
  }

  @Test
  void readsTheUcdpSubsetYearPreciseWithSidesMappedOrKept() throws IOException {
    EventReadResult r = read(UCDP
        + "233460,2016,Syria,Government of Syria,IS,Government of Syria - IS,36.08289,38.62873,1,0,5,1,1\n"
        + "242066,2015,Syria,Government of Syria,Syrian insurgents,x,35.5,37.1,4,2,0,0,0\n");
    assertThat(r.format()).isEqualTo(EventFormat.UCDP_GED);
    assertThat(r.importable()).isTrue();
    assertThat(r.events()).hasSize(2);
    Event e = r.events().get(0);
    assertThat(e.key()).isEqualTo("ucdp-ged:233460");
    assertThat(e.date().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(e.date().toString()).isEqualTo("2016");
    assertThat(e.lon()).isEqualTo(38.62873);
    assertThat(e.locationPrecision()).isEqualTo(LocationPrecision.EXACT);
    assertThat(e.sides())
        .containsExactly(
            new Side.Known("syria", "Government of Syria"), new Side.Known("islamic-state", "IS"));
    assertThat(e.fatalities().best()).isEqualTo(7);
    assertThat(e.fatalities().parts()).containsEntry("civilians", 1).containsEntry("side_b", 5);
    assertThat(e.source()).isEqualTo("UCDP GED event 233460");
    assertThat(r.events().get(1).locationPrecision()).isEqualTo(LocationPrecision.PROVINCE);
    assertThat(r.events().get(1).sides().get(1)).isEqualTo(new Side.Unmapped("Syrian insurgents"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("unmapped-actor");
      assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
      assertThat(f.message()).contains("'Syrian insurgents' (1 row)");
    });
  }

  @Test
  void readsTheFullGedColumnsWithDatesAndEstimates() throws IOException {
    EventReadResult r = read(
        "id,relid,year,type_of_violence,side_a,side_b,source_article,where_prec,"
            + "where_description,latitude,longitude,country,date_prec,date_start,date_end,deaths_a,deaths_b,"
            + "deaths_civilians,deaths_unknown,best,high,low\n"
            + "1,SYR-1,2015,1,Government of Syria,IS,\"Reuters, 2015-03-02\",2,Palmyra,34.56,38.28,Syria,1,"
            + "2015-03-01 00:00:00.000,2015-03-01 00:00:00.000,1,2,0,0,3,5,2\n"
            + "2,SYR-2,2015,3,IS,Civilians,AFP,1,x,34.5,38.2,Syria,4,2015-03-01,2015-03-20,0,0,4,0,4,4,4\n"
            + "3,SYR-3,2015,2,IS,SDF,AFP,1,x,34.5,38.2,Syria,5,2015-03-01,2015-06-20,0,0,0,0,0,0,0\n");
    assertThat(codes(r)).containsExactly("unmapped-actor");
    Event day = r.events().get(0);
    assertThat(day.date().toString()).isEqualTo("2015-03-01");
    assertThat(day.type()).isEqualTo("state-based");
    assertThat(day.source()).isEqualTo("Reuters, 2015-03-02");
    assertThat(day.fatalities().low()).isEqualTo(2);
    assertThat(day.fatalities().high()).isEqualTo(5);
    assertThat(day.locationPrecision()).isEqualTo(LocationPrecision.NEAR);
    assertThat(r.events().get(1).date().toString()).isEqualTo("2015-03");
    assertThat(r.events().get(2).date().toString()).isEqualTo("2015");
  }

  @Test
  void readsAcledWithItsTwoDateFormsAndMonthPrecision() throws IOException {
    EventReadResult r =
        read("event_id_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,actor2,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
            + "SYR1,2019-06-15,2019,1,Battles,Armed clash,Islamic State,Military Forces of Syria (2000-),Deir-ez-Zor,"
            + "Al Mayadin,Thiban,Thiban,35.0,40.4,1,SOHR,\"On 15 June, clashes.\",4\n"
            + "SYR2,15 June 2019,2019,3,Explosions/Remote violence,Air/drone strike,ISIL,,Raqqa,,,Raqqa,35.95,39.0,3,"
            + "SANA,,0\n");
    assertThat(r.importable()).isTrue();
    Event clash = r.events().get(0);
    assertThat(clash.key()).isEqualTo("acled:SYR1");
    assertThat(clash.date().toString()).isEqualTo("2019-06-15");
    assertThat(clash.location()).isEqualTo("Thiban, Al Mayadin, Deir-ez-Zor");
    assertThat(clash.sides().get(0).actorId()).isEqualTo("islamic-state");
    assertThat(clash.sides().get(1))
        .isEqualTo(new Side.Unmapped("Military Forces of Syria (2000-)"));
    assertThat(clash.fatalities().best()).isEqualTo(4);
    assertThat(clash.source()).isEqualTo("SOHR");
    Event strike = r.events().get(1);
    assertThat(strike.date().toString()).isEqualTo("2019-06");
    assertThat(strike.sides()).hasSize(1);
    assertThat(strike.locationPrecision()).isEqualTo(LocationPrecision.PROVINCE);
  }

  @Test
  void readsStrikeReleasesPlacedThroughTheGazetteerADayBeforeTheRelease() throws IOException {
    EventReadResult r = read("date,country,location,number,manually_edited,description,line\n"
        + "10/17/2016,Syria,Ar Raqqah,2,,strike destroyed two oil pump jacks.,\"- Near Ar Raqqah, two strikes.\"\n"
        + "10/17/2016,Iraq,Mosul,1,,strike destroyed a mortar.,\"- Near Mosul, one strike.\"\n"
        + "10/17/2016,Iraq,Kisik,1,,strike.,\"- Near Kisik, one strike.\"\n"
        + "10/18/2016,Iraq,Kisik,3,,strike.,\"- Near Kisik, three strikes.\"\n");
    assertThat(r.importable()).isTrue();
    assertThat(r.records()).isEqualTo(4);
    assertThat(r.events()).hasSize(2);
    Event raqqa = r.events().get(0);
    assertThat(raqqa.date().toString()).isEqualTo("2016-10-16");
    assertThat(raqqa.lon()).isEqualTo(39.01);
    assertThat(raqqa.incidents()).isEqualTo(2);
    assertThat(raqqa.locationPrecision()).isEqualTo(LocationPrecision.NEAR);
    assertThat(raqqa.key()).isEqualTo("cjtf-oir-strikes:2016-10-17/ar-raqqah");
    assertThat(raqqa.notes()).isEqualTo("- Near Ar Raqqah, two strikes.");
    assertThat(raqqa.sides().get(1).actorId()).isEqualTo("islamic-state");
    assertThat(codes(r)).containsExactlyInAnyOrder("unresolved-place", "unmapped-actor");
    assertThat(r.findings())
        .filteredOn(f -> f.code().equals("unresolved-place"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'Kisik (Iraq)' (2 lines)"));
  }

  @Test
  void refusesBytesThatAreNotUtf8WithLineAndOffset() throws IOException {
    byte[] head = (UCDP + "1,2015,Syria,IS,x,x,35,38,1,0,0,0,0\n2,2015,Syria,IS,")
        .getBytes(StandardCharsets.UTF_8);
    byte[] tail = "x,x,35,38,1,0,0,0,0\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 1 + tail.length];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9;
    System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
    EventReadResult r = read(bytes);
    assertThat(r.events()).isEmpty();
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("not-utf8");
      assertThat(f.location()).isEqualTo("line 3");
      assertThat(f.message()).contains("byte offset " + head.length);
    });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown column | id,year,side_a,side_b,latitude,longitude,where_prec,colour | csv-unknown-column",
        "unknown format | when,where,who | unknown-format",
        "missing column | id,year,side_a,side_b,latitude,longitude | csv-missing-column",
        "repeated column | id,year,side_a,side_b,latitude,longitude,where_prec,year | csv-duplicate-column"
      })
  void refusesHeadersItCannotRead(String what, String header, String code) throws IOException {
    EventReadResult r = read(header + "\n1,2,3,4,5,6,7,8\n");
    assertThat(codes(r)).containsExactly(code);
    assertThat(r.importable()).isFalse();
    assertThat(r.findings().get(0).location()).isEqualTo("line 1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "latitude out of range, a longitude | 2015,Syria,IS,x,x,120.5,36.1,1 | coordinates-swapped",
        "swapped inside the country | 2015,Syria,IS,x,x,38.5,35.2,1 | coordinates-swapped",
        "both out of range | 2015,Syria,IS,x,x,120.5,236.1,1 | coordinate-out-of-range",
        "not a number | 2015,Syria,IS,x,x,north,36.1,1 | bad-coordinates",
        "before 1989 | 1985,Syria,IS,x,x,35.2,38.5,1 | date-before-1989",
        "after today | 2099,Syria,IS,x,x,35.2,38.5,1 | future-date",
        "where_prec 9 | 2015,Syria,IS,x,x,35.2,38.5,9 | bad-location-precision",
        "negative deaths | 2015,Syria,IS,x,x,35.2,38.5,1,-1 | bad-number",
        "blank id | 2015,Syria,IS,x,x,35.2,38.5,1 | missing-field"
      })
  void refusesTheWholeFileForOneBadRow(String what, String row, String code) throws IOException {
    String header = "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec"
        + (row.endsWith(",-1") ? ",deaths_a" : "") + "\n";
    String id = what.equals("blank id") ? "" : "2";
    EventReadResult r = read(header + "1,2015,Syria,IS,x,x,35.2,38.5,1"
        + (row.endsWith(",-1") ? ",0" : "") + "\n" + id + "," + row + "\n");
    assertThat(codes(r)).contains(code);
    assertThat(r.findings())
        .filteredOn(f -> f.code().equals(code))
        .first()
        .satisfies(f -> assertThat(f.location()).isEqualTo("line 3"));
    assertThat(r.importable()).isFalse();
    assertThat(r.events()).as("all or nothing").isEmpty();
  }

  @Test
  void refusesRepeatedIdsImpossibleDatesAndShortRows() throws IOException {
    assertThat(codes(read(
            UCDP + "1,2015,Syria,IS,x,x,35,38,1,0,0,0,0\n1,2016,Syria,IS,x,x,35,38,1,0,0,0,0\n")))
        .contains("duplicate-event-id");
    assertThat(codes(
            read("event_id_cnty,event_date,event_type,actor1,latitude,longitude,geo_precision\n"
                + "S1,2015-02-30,Battles,IS,35,38,1\n")))
        .containsExactly("impossible-date");
    assertThat(codes(read(UCDP + "1,2015,Syria,IS,x,x,35,38\n")))
        .containsExactly("csv-field-count");
    assertThat(codes(read(""))).containsExactly("csv-no-header");
    assertThat(
            read("event_id_cnty,event_date,event_type,actor1,latitude,longitude,geo_precision,notes\n"
                    + "S1,2015-01-01,Battles,IS,35,38,1,\"two\nlines\"\nS2,2015-02-30,Battles,IS,35,38,1,x\n")
                .findings())
        .singleElement()
        .satisfies(
            f -> assertThat(f.location()).as("the line the row starts on").isEqualTo("line 4"));
    assertThat(codes(read(UCDP + "1,2015,\"Syria,IS,x,x,35,38\n")))
        .containsExactly("csv-malformed");
  }

  @Test
  void reportsProgressAsRowsAreRead() throws IOException {
    StringBuilder text = new StringBuilder(UCDP);
    for (int i = 1; i <= 25_000; i++) {
      text.append(i).append(",2015,Syria,IS,Government of Syria,x,35,38,1,0,0,0,0\n");
    }
    Path file = dir.resolve("many.csv");
    Files.writeString(file, text);
    List<Long> told = new ArrayList<>();
    EventReadResult r = EventCsvReader.read(file, OPTIONS.withProgress(told::add));
    assertThat(r.events()).hasSize(25_000);
    assertThat(told).containsExactly(10_000L, 20_000L, 25_000L);
  }
}
