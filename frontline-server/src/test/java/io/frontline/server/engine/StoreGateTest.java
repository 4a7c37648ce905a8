package io.frontline.server.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Observation;
import io.frontline.server.DemoStore;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision is published only once its control index is built; a write by another process is picked up. */
class StoreGateTest {
  @TempDir
  Path dir;

  @Test
  void aWriteIsPublishedWithItsControlIndexReady() {
    try (GeoPackageStore store = GeoPackageStore.open(DemoStore.copy(dir))) {
      Backend backend = Backend.open(store, 35, 4, "tester");
      try {
        long before = backend.latest().key().revision();
        List<Observation> all = store.observations(RecordTime.now());
        backend.gate().write(s -> s.retract(all.get(0).lineage(), "wrong place", "tester"));
        long after = backend.gate().revision();
        assertThat(after).isGreaterThan(before);
        assertThat(backend.snapshots().ready(new SnapshotKey(after, RecordTime.now(), 35)))
            .isTrue();
        assertThat(backend.latest().index().observations()).hasSize(all.size() - 1);
      } finally {
        backend.gate().close();
      }
    }
  }

  @Test
  void aWriteByAnotherProcessIsPickedUpWithinSeconds() throws Exception {
    Path file = DemoStore.copy(dir);
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      Backend backend = Backend.open(store, 35, 4, "tester");
      try {
        long before = backend.latest().key().revision();
        try (GeoPackageStore other = GeoPackageStore.open(file)) {
          other.retract(
              other.observations(RecordTime.now()).get(0).lineage(), "wrong place", "someone else");
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (backend.gate().revision() == before && System.nanoTime() < deadline) {
          Thread.sleep(50);
        }
        assertThat(backend.gate().revision()).isGreaterThan(before);
        assertThat(backend
                .snapshots()
                .ready(new SnapshotKey(backend.gate().revision(), RecordTime.now(), 35)))
            .as("built before it was published")
            .isTrue();
      } finally {
        backend.gate().close();
      }
    }
  }
}
