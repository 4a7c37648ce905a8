package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.frontline.contract.StoreFixtures;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriverLoadTest {
  @TempDir
  Path dir;

  @Test
  void storesOpenWhileAndAfterTheDriverLoadsInTheBackground() {
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      GeoPackageStore.loadDriverInBackground();
      GeoPackageStore.loadDriverInBackground();
      try (GeoPackageStore store = GeoPackageStore.open(dir.resolve("a.gpkg"))) {
        store.putActors(StoreFixtures.actors());
        assertThat(store.actors()).containsExactlyInAnyOrderElementsOf(StoreFixtures.actors());
      }
      GeoPackageStore.loadDriverInBackground();
      try (GeoPackageStore store = GeoPackageStore.open(dir.resolve("a.gpkg"))) {
        assertThat(store.actors()).hasSameSizeAs(StoreFixtures.actors());
      }
    });
  }
}
