package io.frontline.benchmarks.peer;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.benchmarks.IslamicStateSetup;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.Footprint;
import io.frontline.geometry.GeodesicArea;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "FRONTLINE_PG_URL is not set: no PostGIS to compare areas with (tools/test.sh sets it)");
    db = DriverManager.getConnection(url);
    db.createStatement().execute("CREATE EXTENSION IF NOT EXISTS postgis");
  }

  @AfterAll
  static void close() throws SQLException {
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everyZoneOfTheIslamicStateScenario() throws SQLException {
    List<Footprint> zones = IslamicStateSetup.load().index().footprints();
    assertThat(zones).hasSizeGreaterThan(50);
    for (Footprint zone : zones) {
      assertAgrees(zone.key(), zone.geometry());
    }
  }

  @Test
  void countryOutlines() throws SQLException {
    for (String iso : List.of("SY", "IQ", "BE")) {
      Geometry outline = NaturalEarthBasemap.shared().findCountry(iso).orElseThrow().outline();
      assertAgrees(iso, outline);
    }
  }

  @Test
  void seededRandomPolygons() throws SQLException {
    long seed = 20140610L;
    System.out.println("AreaAgreementTest random polygons, seed " + seed);
    List<Geometry> polygons = RandomPolygons.inRegion(seed, 200);
    assertThat(polygons).hasSize(200).allMatch(Geometry::isValid);
    for (int i = 0; i < polygons.size(); i++) {
      assertAgrees("random polygon " + i + " (seed " + seed + ")", polygons.get(i));
    }
  }

  private static void assertAgrees(String what, Geometry g) throws SQLException {
    double frontline = GeodesicArea.km2(g);
    double postgis = postgisKm2(g);
    double relative = Math.abs(frontline - postgis) / postgis;
    assertThat(relative).as(String.format(Locale.ROOT, "%s: Frontline %.6f km2, PostGIS %.6f km2", what, frontline,
        postgis)).isLessThanOrEqualTo(TOLERANCE);
  }

  private static double postgisKm2(Geometry g) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(
        "SELECT ST_Area(ST_GeomFromWKB(?, 4326)::geography) / 1e6")) {
      ps.setBytes(1, new WKBWriter(2).write(g));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getDouble(1);
      }
    }
  }
}
