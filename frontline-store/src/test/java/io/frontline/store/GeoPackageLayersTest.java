package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.geometry.Geometries;
import io.frontline.timeline.RecordTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class GeoPackageLayersTest {
  @TempDir
  Path dir;

  @Test
  void writesLayersThatGdalReads() throws Exception {
    Path file = dir.resolve("export.gpkg");
    var area = Geometries.FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
      (org.locationtech.jts.geom.Polygon)
          Geometries.FACTORY.toGeometry(new Envelope(38, 39, 35, 36))
    });
    var layer = new GeoPackageLayers.Layer(
        "control_areas",
        "MULTIPOLYGON",
        "control on 2016-02-01",
        List.of(
            new GeoPackageLayers.Column("actor", "TEXT"),
            new GeoPackageLayers.Column("area_km2", "REAL")),
        List.of(new GeoPackageLayers.Row(area, List.of("islamic-state", 10_000.5))));
    var points = new GeoPackageLayers.Layer(
        "settlements",
        "POINT",
        "",
        List.of(new GeoPackageLayers.Column("name", "TEXT")),
        List.of(new GeoPackageLayers.Row(
            Geometries.FACTORY.createPoint(new Coordinate(39.0, 35.95)), List.of("Raqqa"))));
    GeoPackageLayers.write(file, List.of(layer, points));
    ExternalTool.Run run = ExternalTool.onPath("ogrinfo").run("-ro", "-al", file.toString());
    assertThat(run.exitCode()).as(run.stderr()).isZero();
    String info = run.stdout();
    assertThat(info)
        .contains(
            "Layer name: control_areas",
            "Geometry: Multi Polygon",
            "actor (String) = islamic-state",
            "area_km2 (Real) = 10000.5",
            "Layer name: settlements",
            "name (String) = Raqqa",
            "POINT (39.0 35.95)");
    assertThatThrownBy(() -> GeoPackageLayers.write(file, List.of()))
        .hasMessageContaining("will not overwrite");
  }

  @Test
  void copyToWritesAConsistentCopyThatOpensAsAStore() {
    Path source = dir.resolve("source.gpkg");
    Path copy = dir.resolve("copy.gpkg");
    try (GeoPackageStore store = GeoPackageStore.open(source)) {
      store.putMeta("scenario", "test");
      store.copyTo(copy);
      assertThatThrownBy(() -> store.copyTo(copy)).hasMessageContaining("will not overwrite");
    }
    assertThat(Files.exists(copy)).isTrue();
    try (GeoPackageStore store = GeoPackageStore.open(copy)) {
      assertThat(store.meta("scenario")).contains("test");
      assertThat(store.observations(RecordTime.now())).isEmpty();
    }
  }
}
