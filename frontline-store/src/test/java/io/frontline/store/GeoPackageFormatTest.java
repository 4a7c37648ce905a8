package io.frontline.store;

import static io.frontline.contract.StoreFixtures.desertPresence;
import static io.frontline.contract.StoreFixtures.mosulFalls;
import static io.frontline.contract.StoreFixtures.sinjarContested;
import static io.frontline.store.MigrationsTest.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.frontline.contract.MutableClock;
import io.frontline.contract.StoreFixtures;
import io.frontline.gazetteer.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store file is a GeoPackage 1.3 that GDAL (and so QGIS) reads as it is. */
class GeoPackageFormatTest {
  private static final Path GDAL_VALIDATOR =
      Path.of("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py");

  @TempDir
  Path dir;

  Path file;

  @BeforeEach
  void writeSampleStore() {
    file = dir.resolve("store.gpkg");
    try (GeoPackageStore store =
        GeoPackageStore.open(file, new MutableClock(Instant.parse("2024-03-01T10:00:00Z")))) {
      store.putPlaces(StoreFixtures.places());
      store.putActors(StoreFixtures.actors());
      store.record(List.of(sinjarContested(), mosulFalls(), desertPresence()), "sample");
    }
  }

  @Test
  void theFileSaysItIsAGeoPackage13() throws Exception {
    assertThat(query(file, "PRAGMA application_id")).containsExactly(Integer.toString(0x47504B47));
    assertThat(query(file, "PRAGMA user_version")).containsExactly("10300");
    assertThat(query(file, "PRAGMA journal_mode")).containsExactly("delete");
    assertThat(query(file, "PRAGMA integrity_check")).containsExactly("ok");
    assertThat(query(file, "PRAGMA foreign_key_check")).isEmpty();
  }

  @Test
  void theRequiredMetadataRowsArePresent() throws Exception {
    assertThat(query(
            file, "SELECT srs_id || ' ' || organization FROM gpkg_spatial_ref_sys ORDER BY srs_id"))
        .containsExactly("-1 NONE", "0 NONE", "4326 EPSG");
    assertThat(query(
            file,
            "SELECT table_name || ' ' || data_type || ' ' || coalesce(srs_id, '-') FROM gpkg_contents "
                + "ORDER BY table_name"))
        .containsExactly(
            "actors attributes -",
            "events features 4326",
            "observations features 4326",
            "places features 4326");
    assertThat(query(
            file,
            "SELECT table_name || '.' || column_name || ' ' || geometry_type_name "
                + "FROM gpkg_geometry_columns ORDER BY table_name"))
        .containsExactly("events.geom POINT", "observations.geom GEOMETRY", "places.geom POINT");
    assertThat(query(
            file,
            "SELECT table_name || ' ' || extension_name || ' ' || scope FROM gpkg_extensions "
                + "ORDER BY table_name"))
        .containsExactly(
            "events gpkg_rtree_index write-only",
            "observations gpkg_rtree_index write-only",
            "places gpkg_rtree_index write-only");
  }

  @Test
  void writesKeepTheContentsExtentAndTheSpatialIndex() throws Exception {
    assertThat(query(
            file,
            "SELECT min_x || ' ' || min_y || ' ' || max_x || ' ' || max_y FROM gpkg_contents "
                + "WHERE table_name = 'observations'"))
        .containsExactly("39.0 34.0 43.11889 36.5");
    assertThat(query(file, "SELECT count(*) FROM rtree_places_geom")).containsExactly("7");
    assertThat(query(
            file,
            "SELECT id FROM rtree_observations_geom WHERE maxx >= 43 AND minx <= 44 "
                + "AND maxy >= 36 AND miny <= 37"))
        .containsExactly("2");
    assertThat(
            query(file, "SELECT last_change FROM gpkg_contents WHERE table_name = 'observations'"))
        .containsExactly("2024-03-01T10:00:00.000Z");
  }

  @Test
  void movingAPlaceMovesItInTheSpatialIndex() throws Exception {
    Place mosul = StoreFixtures.mosul();
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      store.putPlaces(List.of(new Place(
          mosul.id(),
          mosul.name(),
          mosul.alternateNames(),
          mosul.names(),
          10.5,
          20.5,
          "P",
          "PPLA",
          "IQ",
          "18",
          1)));
    }
    assertThat(query(
            file, "SELECT minx || ' ' || miny FROM rtree_places_geom WHERE id = " + mosul.id()))
        .containsExactly("20.5 10.5");
    assertThat(query(file, "SELECT count(*) FROM rtree_places_geom")).containsExactly("7");
  }

  @Test
  void ogrinfoListsTheLayersAndReadsAFeature() throws Exception {
    ExternalTool ogrinfo = ExternalTool.onPath("ogrinfo");

    ExternalTool.Run summary = ogrinfo.run("-so", file.toString());
    assertThat(summary.exitCode()).as(summary.stderr()).isZero();
    assertThat(summary.stdout())
        .contains(
            "using driver `GPKG' successful",
            "1: observations",
            "2: places (Point)",
            "3: events (Point)",
            "4: actors (None)");
    assertThat(summary.stderr()).isEmpty();

    ExternalTool.Run feature = ogrinfo.run(file.toString(), "observations", "-fid", "1");
    assertThat(feature.exitCode()).as(feature.stderr()).isZero();
    assertThat(feature.stdout())
        .contains(
            "OGRFeature(observations):1",
            "actor (String) = peshmerga",
            "date (String) = 2014-08",
            "source_urls (String) = [\"https://www.bbc.com/news/sinjar\"]",
            "POLYGON ((41.5 36.2,42.1 36.2,42.1 36.5,41.5 36.5,41.5 36.2),(41.7 36.3,");
    assertThat(feature.stderr()).isEmpty();
  }

  @Test
  void ogrinfoUsesTheSpatialIndex() throws Exception {
    ExternalTool ogrinfo = ExternalTool.onPath("ogrinfo");
    ExternalTool.Run run = ogrinfo.run(
        "-q",
        file.toString(),
        "-sql",
        "SELECT HasSpatialIndex('observations', 'geom') AS o, HasSpatialIndex('places', 'geom') AS p");
    assertThat(run.stdout()).contains("o (Integer) = 1", "p (Integer) = 1");

    ExternalTool.Run filtered =
        ogrinfo.run("-q", file.toString(), "observations", "-spat", "43", "36", "44", "37");
    assertThat(filtered.stdout())
        .contains("OGRFeature(observations):2", "POINT (43.11889 36.335)")
        .doesNotContain("OGRFeature(observations):1");
  }

  @Test
  void gdalsGeoPackageValidatorFindsNothing() throws Exception {
    assumeTrue(
        Files.isRegularFile(GDAL_VALIDATOR),
        "GDAL's validate_gpkg.py is not installed (python3-gdal)");
    ExternalTool python = new ExternalTool(Path.of("/usr/bin/python3"));
    assumeTrue(Files.isExecutable(python.executable()), "/usr/bin/python3 is missing");

    ExternalTool.Run run = python.run(
        GDAL_VALIDATOR.toString(), "-k", "--extra", "--warning-as-error", file.toString());
    assertThat(run.exitCode()).as(run.stdout() + run.stderr()).isZero();
    assertThat(run.stdout() + run.stderr()).isEmpty();
  }
}
