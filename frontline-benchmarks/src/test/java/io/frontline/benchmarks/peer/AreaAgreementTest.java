package io.frontline.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.benchmarks.IslamicStateSetup;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.Footprint;
import io.frontline.control.ZoneConfig;
import io.frontline.formats.actors.ActorFileReader;
import io.frontline.formats.geonames.GeoNamesReader;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicArea;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Frontline's geodesic area ({@link GeodesicArea}) against PostGIS {@code ST_Area(geography)}: every zone of the
 * Islamic State scenario, the Natural Earth outlines of Syria, Iraq and Belgium, and 200 seeded random polygons in the
 * region must agree within 0.01%. Runs when FRONTLINE_PG_URL names a PostGIS database (tools/test.sh sets it).
 */
@Tag("postgis")
class AreaAgreementTest {
  static final double TOLERANCE = 1e-4;
  private static Connection db;

  @BeforeAll
  static void connect() throws SQLException {
    String url = System.getenv("FRONTLINE_PG_URL");
    if (url == null || url.isBlank()) {
      return;
    }
    db = DriverManager.getConnection(url);
    try (Statement st = db.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
    }
  }

  @BeforeEach
  void needsPostgis() {
    Assumptions.assumeTrue(
        db != null,
        "FRONTLINE_PG_URL is not set: no PostGIS to compare areas with (tools/test.sh sets it)");
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyZoneOfTheIslamicStateScenario() throws SQLException {
    List<Footprint> zones = IslamicStateSetup.load().index().footprints().stream()
        .filter(Footprint::isZone)
        .toList();
    assertThat(zones).hasSizeGreaterThan(50);
    double worst = 0;
    for (Footprint zone : zones) {
      worst = Math.max(worst, assertAgrees(zone.key(), zone.geometry()));
    }
    report(zones.size() + " IS zones", worst);
  }

  /**
   * A store for another war, made as a user makes one (places from a GeoNames file, an actors file, an observations
   * CSV): the zones of the Sudan tutorial's 25 towns, some clipped at the border with Chad, agree too.
   */
  @Test
  void everyZoneOfANewStoreForAnotherWar(@TempDir Path dir) throws Exception {
    Path tutorial = Path.of("..", "docs", "tutorials", "sudan");
    try (GeoPackageStore store = GeoPackageStore.open(dir.resolve("sudan.gpkg"))) {
      List<Place> places = new ArrayList<>();
      GeoNamesReader.read(tutorial.resolve("sudan-places.txt"), p -> true, places::add, f -> {});
      store.putPlaces(places);
      store.putActors(ActorFileReader.read(tutorial.resolve("actors.json")).actors());
      ImportResult result = ObservationImport.read(
          tutorial.resolve("sudan-control-changes.csv"),
          ImportContext.of(new Actors(store.actors()), store)
              .withBasemap(NaturalEarthBasemap.shared()),
          ImportOptions.defaults());
      assertThat(result.hasErrors()).as(result.findings().toString()).isFalse();
      store.record(result.toRecord(false), "test");
      List<Footprint> zones = new ControlIndexBuilder(
              store, NaturalEarthBasemap.shared(), ZoneConfig.DEFAULT)
          .build(store.observations(RecordTime.now())).footprints().stream()
              .filter(Footprint::isZone)
              .toList();
      assertThat(zones).hasSizeGreaterThanOrEqualTo(20);
      double worst = 0;
      for (Footprint zone : zones) {
        worst = Math.max(worst, assertAgrees(zone.key(), zone.geometry()));
      }
      report(zones.size() + " Sudan zones", worst);
    }
  }

  @Test
  void countryOutlines() throws SQLException {
    double worst = 0;
    for (String iso : List.of("SY", "IQ", "BE")) {
      Geometry outline =
          NaturalEarthBasemap.shared().findCountry(iso).orElseThrow().outline();
      worst = Math.max(worst, assertAgrees(iso, outline));
    }
    report("country outlines SY, IQ, BE", worst);
  }

  @Test
  void seededRandomPolygons() throws SQLException {
    long seed = 20140610L;
    System.out.println("AreaAgreementTest random polygons, seed " + seed);
    List<Geometry> polygons = RandomPolygons.inRegion(seed, 200);
    assertThat(polygons).hasSize(200).allMatch(Geometry::isValid);
    double worst = 0;
    for (int i = 0; i < polygons.size(); i++) {
      worst = Math.max(
          worst, assertAgrees("random polygon " + i + " (seed " + seed + ")", polygons.get(i)));
    }
    report("200 random polygons", worst);
  }

  private static void report(String what, double worst) {
    System.out.printf(
        Locale.ROOT, "AreaAgreementTest %s: largest relative difference %.2e%n", what, worst);
  }

  /** Asserts agreement and returns the relative difference. */
  private static double assertAgrees(String what, Geometry g) throws SQLException {
    double frontline = GeodesicArea.km2(g);
    double postgis = postgisKm2(g);
    double relative = Math.abs(frontline - postgis) / postgis;
    assertThat(relative)
        .as(String.format(
            Locale.ROOT, "%s: Frontline %.6f km2, PostGIS %.6f km2", what, frontline, postgis))
        .isLessThanOrEqualTo(TOLERANCE);
    return relative;
  }

  private static double postgisKm2(Geometry g) throws SQLException {
    try (PreparedStatement ps =
        db.prepareStatement("SELECT ST_Area(ST_GeomFromWKB(?, 4326)::geography) / 1e6")) {
      ps.setBytes(1, new WKBWriter(2).write(g));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getDouble(1);
      }
    }
  }
}
