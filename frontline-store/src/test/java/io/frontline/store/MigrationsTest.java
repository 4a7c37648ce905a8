package io.frontline.store;

import static io.frontline.contract.StoreFixtures.sinjarContested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.contract.MutableClock;
import io.frontline.contract.StoreFixtures;
import io.frontline.timeline.RecordTime;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T10:00:00Z"));

  @TempDir
  Path dir;

  @Test
  void aNewStoreHasEveryMigrationRecordedInOrder() throws SQLException {
    Path file = dir.resolve("new.gpkg");
    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latest());
    }
    assertThat(
            query(file, "SELECT version || ':' || name FROM frontline_migrations ORDER BY version"))
        .containsExactly(
            "1:gpkg_core",
            "2:frontline",
            "3:spatial_index",
            "4:shares_and_grades",
            "5:events",
            "6:suggestions");
    assertThat(query(file, "SELECT applied_at FROM frontline_migrations"))
        .allSatisfy(
            at -> assertThat(at).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
  }

  @Test
  void anOlderStoreIsMigratedAndKeepsItsData() throws SQLException {
    Path file = dir.resolve("old.gpkg");
    try (GeoPackageStore old =
        GeoPackageStore.open(file, clock, Migrations.bundled().upTo(2))) {
      assertThat(old.schemaVersion()).isEqualTo(2);
    }
    recordAsSchema3Did(file, sinjarContested());
    assertThat(query(file, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'rtree_%'"))
        .containsExactly("0");

    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latest());
      assertThat(store.observations(RecordTime.now()))
          .extracting(o -> o.statement())
          .containsExactly(sinjarContested());
    }
    assertThat(query(file, "SELECT id || ' ' || minx || ' ' || maxy FROM rtree_observations_geom"))
        .containsExactly("1 41.5 36.5");
  }

  /**
   * A store of schema 3 (the last without shares and grades) with an observation opens: it gets the share and
   * source_grade columns, its observation reads back without them, and new ones keep them.
   */
  @Test
  void aStoreWithoutSharesAndGradesGetsThem() throws SQLException {
    Path file = dir.resolve("v3.gpkg");
    GeoPackageStore.open(file, clock, Migrations.bundled().upTo(2)).close();
    recordAsSchema3Did(file, sinjarContested());
    GeoPackageStore.open(file, clock, Migrations.bundled().upTo(3)).close();
    assertThat(query(
            file,
            "SELECT count(*) FROM pragma_table_info('observations') WHERE name IN ('share', "
                + "'source_grade')"))
        .containsExactly("0");
    io.frontline.observations.Statement graded = sinjarContested().withShare(0.4);
    graded = new io.frontline.observations.Statement(
        graded.subject(),
        graded.actorId(),
        graded.status(),
        graded.fromActorId(),
        io.frontline.timeline.FuzzyDate.parse("2014-09"),
        graded.source().withGrade(io.frontline.observations.Grade.parse("C2")),
        graded.confidence(),
        "",
        0.4);

    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      assertThat(store.schemaVersion()).isEqualTo(Migrations.bundled().latest());
      assertThat(store.observations(RecordTime.now()))
          .extracting(o -> o.statement())
          .containsExactly(sinjarContested());
      store.record(List.of(graded), "b");
    }
    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      assertThat(store.observations(RecordTime.now()))
          .extracting(o -> o.statement())
          .containsExactly(sinjarContested(), graded);
    }
    assertThat(query(
            file,
            "SELECT coalesce(share, '-') || ' ' || coalesce(source_grade, '-') FROM observations "
                + "ORDER BY id"))
        .containsExactly("- -", "0.4 C2");
  }

  /** Inserts an observation with the columns and values the code of schema versions 2 and 3 wrote. */
  private static void recordAsSchema3Did(Path file, io.frontline.observations.Statement s)
      throws SQLException {
    String sql =
        "INSERT INTO observations (id, geom, lineage, version, place_id, area_label, actor, status, "
            + "from_actor, date, date_start, precision, source_title, source_urls, source_citation, source_kind, "
            + "confidence, note, recorded_by, recorded_at, retracted) VALUES (1, ?, 'old-1', 1, NULL, ?, ?, ?, ?, ?, ?, "
            + "?, ?, ?, ?, ?, ?, ?, 'a', '2024-02-01T10:00:00.000Z', 0)";
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        java.sql.PreparedStatement insert = c.prepareStatement(sql)) {
      io.frontline.observations.Subject.Area area =
          (io.frontline.observations.Subject.Area) s.subject();
      insert.setBytes(1, GpkgGeometry.encode(area.geometry()));
      insert.setString(2, area.label());
      insert.setString(3, s.actorId());
      insert.setString(4, s.status().code());
      insert.setString(5, s.fromActorId());
      insert.setString(6, s.date().toString());
      insert.setString(7, s.date().start().toString());
      insert.setString(8, s.date().precision().code());
      insert.setString(9, s.source().title());
      insert.setString(10, StoreJson.list(s.source().urls()));
      insert.setString(11, s.source().citation());
      insert.setString(12, s.source().kind().code());
      insert.setString(13, s.confidence().code());
      insert.setString(14, s.note());
      insert.executeUpdate();
    }
  }

  @Test
  void aNewerStoreIsRefused() throws SQLException {
    Path file = dir.resolve("newer.gpkg");
    GeoPackageStore.open(file, clock).close();
    execute(
        file,
        "INSERT INTO frontline_migrations VALUES (7, 'from_the_future', '2030-01-01T00:00:00.000Z')");

    assertThatThrownBy(() -> GeoPackageStore.open(file, clock))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open store " + file
            + ": store schema version 7 is newer than this Frontline (6); " + "upgrade Frontline");
  }

  @Test
  void aFailingMigrationLeavesTheStoreAsItWas() throws SQLException {
    Path file = dir.resolve("broken.gpkg");
    GeoPackageStore.open(file, clock, Migrations.bundled().upTo(2)).close();
    List<Migration> steps = new ArrayList<>(Stream.of(
            "V1__gpkg_core.sql",
            "V2__frontline.sql",
            "V3__spatial_index.sql",
            "V4__shares_and_grades.sql")
        .map(Migration::load)
        .toList());
    steps.add(new Migration(
        5, "broken", "CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);"));

    assertThatThrownBy(() -> GeoPackageStore.open(file, clock, new Migrations(steps)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot migrate store " + file + " to schema version 5 (broken)")
        .hasMessageContaining("no such table: no_such_table");
    assertThat(query(file, "SELECT max(version) FROM frontline_migrations")).containsExactly("2");
    assertThat(query(
            file,
            "SELECT count(*) FROM sqlite_master WHERE name IN ('half_done', 'rtree_places_geom')"))
        .containsExactly("0");
  }

  @Test
  void migrationsMustBeNumberedWithoutGaps() {
    List<Migration> gap =
        List.of(Migration.load("V1__gpkg_core.sql"), Migration.load("V3__spatial_index.sql"));
    assertThatThrownBy(() -> new Migrations(gap))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("V3 at position 2");
    assertThatThrownBy(() -> Migration.load("gpkg.sql")).hasMessageContaining("V1__name.sql");
  }

  @Test
  void aTextFileIsRefusedAndLeftAlone() throws IOException {
    Path file = dir.resolve("notes.gpkg");
    Files.writeString(
        file, "These are my notes, not a GeoPackage.\n".repeat(40), StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(file);

    assertThatThrownBy(() -> GeoPackageStore.open(file, clock))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot open store " + file
            + ": it is not a GeoPackage (the file is not an SQLite database)");
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
  }

  @Test
  void aRandomBinaryFileIsRefusedAndLeftAlone() throws IOException {
    Path file = dir.resolve("random.bin");
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    Files.write(file, noise);

    assertThatThrownBy(() -> GeoPackageStore.open(file, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not an SQLite database");
    assertThat(Files.readAllBytes(file)).isEqualTo(noise);
  }

  @Test
  void foreignDatabasesAreRefused() throws SQLException {
    Path plain = dir.resolve("other-app.db");
    execute(plain, "CREATE TABLE things (id INTEGER PRIMARY KEY)");
    Path geoPackage = dir.resolve("gdal.gpkg");
    execute(
        geoPackage,
        "PRAGMA application_id = 1196444487; CREATE TABLE gpkg_contents (table_name TEXT)");

    assertThatThrownBy(() -> GeoPackageStore.open(plain, clock))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "cannot open store " + plain + ": it is an SQLite database but not a Frontline store "
                + "(it has no frontline_migrations table)");
    assertThatThrownBy(() -> GeoPackageStore.open(geoPackage, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("it is a GeoPackage but not a Frontline store");
  }

  @Test
  void unusablePathsAreRefused() {
    Path missing = dir.resolve("no/such/dir/store.gpkg");
    assertThatThrownBy(() -> GeoPackageStore.open(missing, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open store " + missing)
        .hasMessageContaining("does not exist");
    assertThatThrownBy(() -> GeoPackageStore.open(dir, clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is a directory");
    assertThatThrownBy(() -> GeoPackageStore.open(dir.resolve("what?.gpkg"), clock))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("'?'");
  }

  @Test
  void anEmptyFileBecomesAStore() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.gpkg"));
    try (GeoPackageStore store = GeoPackageStore.open(file, clock)) {
      store.putPlaces(StoreFixtures.places());
      assertThat(store.placeCount()).isEqualTo(StoreFixtures.places().size());
    }
  }

  static List<String> query(Path file, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  static void execute(Path file, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }
}
