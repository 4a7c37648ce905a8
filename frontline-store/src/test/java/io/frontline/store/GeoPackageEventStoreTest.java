package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.EventStoreContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class GeoPackageEventStoreTest extends EventStoreContract<GeoPackageStore> {
  private Path dir;

  @Override
  protected GeoPackageStore newStore() {
    try {
      dir = Files.createTempDirectory("frontline-events");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return GeoPackageStore.open(dir.resolve("store.gpkg"));
  }

  @Test
  void theEventsTableIsAFeatureLayerWithASpatialIndex() throws Exception {
    store.addEvents(List.of(PALMYRA_DAY, STRIKE));
    StoreConnection db = StoreConnection.open(store.file());
    Gpkg.registerFunctions(db.jdbc());
    try {
      assertThat(db.queryString("SELECT data_type FROM gpkg_contents WHERE table_name = 'events'"))
          .hasValue("features");
      assertThat(db.queryString(
              "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'events'"))
          .hasValue("POINT");
      assertThat(db.queryLong("SELECT count(*) FROM rtree_events_geom")).isEqualTo(2);
      assertThat(
              db.queryLong("SELECT count(*) FROM rtree_events_geom WHERE minx > 38 AND maxx < 39"))
          .isEqualTo(1);
      assertThat(db.queryString("SELECT max_x FROM gpkg_contents WHERE table_name = 'events'"))
          .hasValue("43.13");
      assertThat(db.queryLong("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
              + " AND name = 'rtree_events_geom_insert'"))
          .as("the insert trigger is back after a batch")
          .isEqualTo(1);
      assertThat(
              db.queryLong("SELECT count(*) FROM events e JOIN rtree_events_geom r ON r.id = e.fid"
                  + " WHERE abs(r.minx - 38.2684) < 1e-4 OR abs(r.minx - 43.13) < 1e-4"))
          .isEqualTo(2);
      db.execute(
          "INSERT INTO events (geom, dataset, event_id, source, date, date_precision, first_day, last_day,"
              + " location_precision, country, location, event_type, sub_type, notes) SELECT geom, 'other', event_id,"
              + " source, date, date_precision, first_day, last_day, location_precision, country, location, event_type,"
              + " sub_type, notes FROM events WHERE dataset = 'ucdp-ged'");
      assertThat(db.queryLong("SELECT count(*) FROM rtree_events_geom"))
          .as("other writers' rows are indexed")
          .isEqualTo(3);
    } finally {
      db.close();
    }
  }

  @Test
  void addingEventsRaisesTheRevisionAndAddingNothingDoesNot() {
    long before = store.revision();
    store.addEvents(List.of(PALMYRA_DAY));
    long after = store.revision();
    assertThat(after).isGreaterThan(before);
    assertThat(store.addEvents(List.of(PALMYRA_DAY))).isZero();
    assertThat(store.revision()).isEqualTo(after);
  }

  @Test
  void aSecondBatchIndexesOnlyItsNewRowsUnderTheirOwnFids() throws Exception {
    store.addEvents(List.of(PALMYRA_DAY));
    assertThat(store.addEvents(List.of(PALMYRA_DAY, RAQQA_MONTH, PALMYRA_DAY, STRIKE)))
        .isEqualTo(2);
    StoreConnection db = StoreConnection.open(store.file());
    Gpkg.registerFunctions(db.jdbc());
    try {
      assertThat(
              db.queryLong(
                  "SELECT count(*) FROM events e JOIN rtree_events_geom r ON r.id = e.fid"
                      + " WHERE abs(r.minx - ST_MinX(e.geom)) < 1e-4 AND abs(r.maxy - ST_MaxY(e.geom)) < 1e-4"))
          .isEqualTo(3);
      assertThat(db.queryLong("SELECT count(*) FROM rtree_events_geom")).isEqualTo(3);
    } finally {
      db.close();
    }
  }

  @Test
  void aLargeBatchRebuildsTheDateIndexAndIndexesEveryRow() throws Exception {
    List<io.frontline.events.Event> many = new java.util.ArrayList<>();
    for (int i = 0; i < 60_000; i++) {
      many.add(new io.frontline.events.Event(
          "test",
          Integer.toString(i),
          "",
          io.frontline.timeline.FuzzyDate.day(
              java.time.LocalDate.of(2015, 1, 1).plusDays(i % 1000)),
          36 + (i % 997) / 200.0,
          33 + (i % 991) / 300.0,
          io.frontline.events.LocationPrecision.EXACT,
          "",
          "",
          "",
          "",
          List.of(),
          null,
          1,
          ""));
    }
    store.addEvents(List.of(PALMYRA_DAY));
    assertThat(store.addEvents(many)).isEqualTo(60_000);
    assertThat(store.findEvents(
            java.time.LocalDate.of(2015, 1, 1), java.time.LocalDate.of(2015, 1, 1)))
        .hasSize(60);
    StoreConnection db = StoreConnection.open(store.file());
    Gpkg.registerFunctions(db.jdbc());
    try {
      assertThat(
              db.queryLong(
                  "SELECT count(*) FROM events e JOIN rtree_events_geom r ON r.id = e.fid"
                      + " WHERE abs(r.minx - ST_MinX(e.geom)) < 1e-4 AND abs(r.maxy - ST_MaxY(e.geom)) < 1e-4"))
          .isEqualTo(60_001);
      assertThat(
              db.queryLong("SELECT count(*) FROM sqlite_master WHERE name IN ('events_first_day',"
                  + " 'rtree_events_geom_insert')"))
          .isEqualTo(2);
    } finally {
      db.close();
    }
  }

  @Test
  void gdalListsTheEventsLayer() throws Exception {
    Assumptions.assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL's ogrinfo is not installed");
    store.addEvents(List.of(PALMYRA_DAY, RAQQA_MONTH, STRIKE));
    store.close();
    Process p = new ProcessBuilder("/usr/bin/ogrinfo", "-so", store.file().toString(), "events")
        .redirectErrorStream(true)
        .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out)
        .contains("Geometry: Point")
        .contains("Feature Count: 3")
        .contains("fatalities_best: Integer");
  }
}
