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
    try {
      assertThat(db.queryString("SELECT data_type FROM gpkg_contents WHERE table_name = 'events'")).hasValue(
          "features");
      assertThat(db.queryString("SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'events'"))
          .hasValue("POINT");
      assertThat(db.queryLong("SELECT count(*) FROM rtree_events_geom")).isEqualTo(2);
      assertThat(db.queryLong("SELECT count(*) FROM rtree_events_geom WHERE minx > 38 AND maxx < 39")).isEqualTo(1);
      assertThat(db.queryString("SELECT max_x FROM gpkg_contents WHERE table_name = 'events'")).hasValue("43.13");
    } finally {
      db.close();
    }
  }

  @Test
  void gdalListsTheEventsLayer() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "GDAL's ogrinfo is not installed");
    store.addEvents(List.of(PALMYRA_DAY, RAQQA_MONTH, STRIKE));
    store.close();
    Process p = new ProcessBuilder("/usr/bin/ogrinfo", "-so", store.file().toString(), "events")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out).contains("Geometry: Point").contains("Feature Count: 3").contains("fatalities_best: Integer");
  }
}
