package io.frontline.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.app.SmallView;
import io.frontline.app.observations.StoreAccess;
import io.frontline.refusals.Refusal;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Event imports and queries against a real store: Islamic State takes Mosul on 10 June 2014. */
class EventQueriesTest {
  static final String STRIKES = "date,country,location,number,manually_edited,description,line\n"
      + "07/10/2014,Iraq,Mosul,2,,strikes hit a fighting position.,\"- Near Mosul, two strikes hit.\"\n"
      + "06/15/2014,Iraq,Mosul,1,,strike hit =HYPERLINK(1),\"- Near Mosul, one strike.\"\n"
      + "07/02/2014,Iraq,Nowhereville,1,,strike hit a building.,\"- Near Nowhereville, one strike.\"\n";
  static final String UCDP =
      "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,deaths_a,deaths_b,"
          + "deaths_civilians,deaths_unknown\n"
          + "1,2015,Iraq,Government of Iraq,Islamic State,Government of Iraq - IS,36.335,43.11889,1,1,2,3,4\n"
          + "2,2015,Iraq,=1+2,Islamic State,Government of Iraq - IS,36.3,43.1,4,0,0,0,1\n";

  @TempDir
  static Path dir;

  static SmallView view;
  static EventImports imports;

  @BeforeAll
  static void load() throws Exception {
    view = new SmallView(dir);
    imports = new EventImports(StoreAccess.direct(view.store()), null);
    imports.run(new EventImports.Request(write("strikes.csv", STRIKES), false), view.actors());
    imports.run(new EventImports.Request(write("ucdp.csv", UCDP), false), view.actors());
  }

  @AfterAll
  static void close() {
    view.close();
  }

  static Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  static EventQueries.Query query(Optional<String> actor, Optional<String> territory) {
    return new EventQueries.Query(
        LocalDate.of(2014, 1, 1),
        LocalDate.of(2015, 12, 31),
        actor,
        territory,
        Optional.empty(),
        0,
        100);
  }

  @Test
  void anImportAddsItsEventsOnceAndReportsThePlacesTheGazetteerLacks() throws Exception {
    EventImportOutcome again =
        imports.run(new EventImports.Request(dir.resolve("strikes.csv"), false), view.actors());

    assertThat(view.store().eventCount()).isEqualTo(4);
    assertThat(again.added()).isZero();
    assertThat(again.alreadyStored()).isEqualTo(2);
    assertThat(again.toJson().get("findings").toString()).contains("unresolved-place");
    assertThat(again.text()).endsWith("Nothing was written: every event is already stored.");
  }

  @Test
  void aFileWithErrorsIsRefusedWithItsReportAndNothingIsWritten() throws Exception {
    Path bad = write("bad.csv", UCDP.replace("1,2015,", "9,1975,"));

    Throwable thrown =
        catchThrowable(() -> imports.run(new EventImports.Request(bad, false), view.actors()));

    assertThat(thrown).isInstanceOfSatisfying(EventImportRejected.class, r -> {
      assertThat(r.kind()).isEqualTo(Refusal.Kind.REJECTED);
      assertThat(r.outcome().toJson().get("has_errors").asBoolean()).isTrue();
    });
    assertThat(view.store().eventCount()).isEqualTo(4);
  }

  @Test
  void aDryRunWritesNothingAndAMissingFileIsNotFound() throws Exception {
    Path more = write("more.csv", UCDP.replace("1,2015,", "7,2015,").replace("2,2015,", "8,2015,"));
    EventImportOutcome dry = imports.run(new EventImports.Request(more, true), view.actors());
    Throwable missing = catchThrowable(
        () -> imports.run(new EventImports.Request(dir.resolve("none.csv"), false), view.actors()));

    assertThat(dry.added()).isZero();
    assertThat(dry.dryRun()).isTrue();
    assertThat(view.store().eventCount()).isEqualTo(4);
    assertThat(missing).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind())
        .isEqualTo(Refusal.Kind.NOT_FOUND));
  }

  // a strike release reports the strikes of the day before it
  @Test
  void eachEventComesWithWhoseGroundItWasOnAndTheDecidingObservation() {
    EventsReport all = EventQueries.events(view, query(Optional.empty(), Optional.empty()));
    EventsReport isGround =
        EventQueries.events(view, query(Optional.empty(), Optional.of("Islamic State")));

    assertThat(all.total()).isEqualTo(4);
    assertThat(all.byGround()).containsEntry("held", 3).containsEntry("no-point", 1);
    JsonNode json = all.toJson();
    JsonNode strike = json.get("events").get(1);
    assertThat(strike.get("date").asText()).isEqualTo("2014-07-09");
    assertThat(strike.at("/ground/holder").asText()).isEqualTo("isis");
    assertThat(strike.at("/ground/deciding/source").asText()).isNotBlank();
    assertThat(isGround.total()).isEqualTo(3);
    assertThat(isGround.inTerritoryOf()).contains("isis");
    assertThat(json.get("credits").toString()).contains("UCDP").contains("CJTF-OIR");
  }

  @Test
  void theActorFilterKeepsTheEventsOfOneSideAndAnUnknownActorIsNotFound() {
    EventsReport isis = EventQueries.events(view, query(Optional.of("isis"), Optional.empty()));
    Throwable unknown = catchThrowable(
        () -> EventQueries.events(view, query(Optional.of("nobody"), Optional.empty())));

    assertThat(isis.total()).isEqualTo(2);
    assertThat(isis.events())
        .allSatisfy(e -> assertThat(e.event().dataset()).isEqualTo("ucdp-ged"));
    assertThat(unknown).isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.kind())
        .isEqualTo(Refusal.Kind.NOT_FOUND));
  }

  @Test
  void theCsvQuotesFormulaCellsAndPagesHonourOffsetAndLimit() {
    EventsReport page = EventQueries.events(
        view,
        new EventQueries.Query(
            LocalDate.of(2014, 1, 1),
            LocalDate.of(2015, 12, 31),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            1,
            2));
    StringWriter csv = new StringWriter();
    EventQueries.events(view, query(Optional.empty(), Optional.empty())).writeCsv(csv);

    assertThat(page.total()).isEqualTo(4);
    assertThat(page.events()).hasSize(2);
    assertThat(csv.toString()).startsWith(String.join(",", EventGround.COLUMNS));
    assertThat(csv.toString()).contains(",'=1+2; isis,").doesNotContain(",=1+2");
  }

  @Test
  void theGeoPackageExportOfTheStoreKeepsTheEvents() throws Exception {
    Path copy = dir.resolve("export.gpkg");
    try (java.io.OutputStream out = Files.newOutputStream(copy)) {
      io.frontline.app.exports.Exports.observations(
          view, io.frontline.app.exports.ExportFormat.GPKG, out);
    }
    try (io.frontline.store.GeoPackageStore exported =
        io.frontline.store.GeoPackageStore.open(copy)) {
      assertThat(exported.eventCount()).isEqualTo(view.store().eventCount());
    }
  }

  @Test
  void aBadRangeOrLimitIsBadInput() {
    Throwable order = catchThrowable(() -> new EventQueries.Query(
        LocalDate.of(2015, 1, 1),
        LocalDate.of(2014, 1, 1),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        10));
    Throwable limit = catchThrowable(() -> new EventQueries.Query(
        LocalDate.of(2014, 1, 1),
        LocalDate.of(2015, 1, 1),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        0));

    assertThat(List.of(order, limit))
        .allSatisfy(t -> assertThat(((Refusal) t).kind()).isEqualTo(Refusal.Kind.BAD_INPUT));
  }

  @Test
  void theSummaryCountsMonthsAndYearsApartAndTheFrontOfTheMonthOfTheChange() {
    EventSummary summary =
        EventQueries.summary(view, LocalDate.of(2014, 1, 1), LocalDate.of(2015, 12, 31), 10);

    assertThat(summary.events()).isEqualTo(4);
    assertThat(summary.yearPrecise()).isEqualTo(2);
    assertThat(summary.noPoint()).isEqualTo(1);
    assertThat(summary.rows())
        .contains(
            new EventSummary.Row("isis", "2014-06", "month", 1, 0, 1, 0),
            new EventSummary.Row("iraq", "2014-06", "month", 0, 0, 1, 0),
            new EventSummary.Row("isis", "2014-07", "month", 1, 0, 0, 0),
            new EventSummary.Row("isis", "2015", "year", 1, 10, 0, 0));
    assertThat(summary.toJson().get("note").asText()).contains("year-precise");
  }
}
