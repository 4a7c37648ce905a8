package io.frontline.store;

import static io.frontline.contract.StoreFixtures.desertPresence;
import static io.frontline.contract.StoreFixtures.mosulFalls;
import static io.frontline.contract.StoreFixtures.mosulRetaken;
import static io.frontline.contract.StoreFixtures.sinjarContested;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.StoreFixtures;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.LayoutMemo;
import io.frontline.control.LayoutSnapshot;
import io.frontline.control.ZoneConfig;
import io.frontline.observations.Observation;
import io.frontline.testing.MemoryBasemap;
import io.frontline.timeline.RecordTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries read back equal to what was written, and keys change with every write, whoever writes. */
class IndexCacheTest {
  private static final MemoryBasemap IRAQ = new MemoryBasemap(List.of(MemoryBasemap.box("IQ", "Iraq", 38, 29, 49, 38)));
  private static final String ENGINE = "test";

  @TempDir
  Path dir;
  GeoPackageStore store;

  @BeforeEach
  void storeWithPlacesAndAreas() {
    store = GeoPackageStore.open(dir.resolve("s.gpkg"));
    store.putActors(StoreFixtures.actors());
    store.putPlaces(StoreFixtures.places());
    store.record(List.of(mosulFalls(), sinjarContested(), desertPresence(), mosulRetaken()), "a");
  }

  @Test
  void anEntryReadsBackEqualAndItsLayoutGivesTheFreshIndex() {
    List<Observation> observations = store.observations(RecordTime.now());
    LayoutMemo memo = new LayoutMemo();
    ControlIndex fresh = new ControlIndexBuilder(store, IRAQ, ZoneConfig.DEFAULT, memo).build(observations);
    LayoutSnapshot snapshot = memo.snapshot().orElseThrow();
    IndexCache.Entry written = new IndexCache.Entry(observations, StoreFixtures.places(), snapshot);
    IndexCache.Entry read = IndexCodec.read(IndexCodec.write(written));

    assertThat(read.observations()).isEqualTo(observations);
    assertThat(read.places()).isEqualTo(StoreFixtures.places());
    assertThat(read.layout().config()).isEqualTo(snapshot.config());
    assertThat(read.layout().placeIds()).isEqualTo(snapshot.placeIds());
    assertThat(read.layout().zones().keySet()).containsExactlyElementsOf(snapshot.zones().keySet());
    assertThat(read.layout().faces()).hasSameSizeAs(snapshot.faces()).isNotEmpty();
    for (int i = 0; i < snapshot.faces().size(); i++) {
      assertThat(read.layout().faces().get(i).geometry().equalsExact(snapshot.faces().get(i).geometry())).isTrue();
      assertThat(read.layout().faces().get(i).area_km2()).isEqualTo(snapshot.faces().get(i).area_km2());
    }
    assertThat(read.layout().slots()).isEqualTo(snapshot.slots());

    LayoutMemo restored = LayoutMemo.of(read.layout());
    ControlIndex cached = new ControlIndexBuilder(store, IRAQ, ZoneConfig.DEFAULT, restored).build(read.observations());
    assertThat(restored.reused()).as("the restored layout fits").isEqualTo(1);
    for (String day : List.of("2014-06-01", "2014-06-10", "2014-09-01", "2017-07-10")) {
      LocalDate date = LocalDate.parse(day);
      assertThat(cached.mapAt(date).pieces()).hasSameSizeAs(fresh.mapAt(date).pieces());
      for (int i = 0; i < fresh.atoms().size(); i++) {
        assertThat(cached.atoms().get(i).area_km2()).isEqualTo(fresh.atoms().get(i).area_km2());
        assertThat(cached.atoms().get(i).at(date)).isEqualTo(fresh.atoms().get(i).at(date));
      }
    }
    assertThat(cached.sites()).hasSameSizeAs(fresh.sites());
    assertThat(cached.stats()).isEqualTo(fresh.stats());
  }

  @Test
  void theKeyChangesWithEveryWriteAndEachAsOfSpanAndZoneConfig() throws Exception {
    String key = key(RecordTime.now(), ZoneConfig.DEFAULT);
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT)).isEqualTo(key);
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT.withRadius(20))).isNotEqualTo(key);
    assertThat(key(RecordTime.at(Instant.parse("2000-01-01T00:00:00Z")), ZoneConfig.DEFAULT)).isNotEqualTo(key);

    store.putMeta("note", "a write through the store");
    String afterMeta = key(RecordTime.now(), ZoneConfig.DEFAULT);
    assertThat(afterMeta).isNotEqualTo(key);

    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement sql = raw.createStatement()) {
      sql.executeUpdate("UPDATE actors SET name = name || ' (edited)'");
    }
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT)).as("a write by another program").isNotEqualTo(afterMeta);
  }

  @Test
  void noKeyWhileAnotherProgramHoldsAWriteAheadLog() throws Exception {
    Files.writeString(dir.resolve("s.gpkg-wal"), "");
    assertThat(IndexCache.key(store, RecordTime.now(), ZoneConfig.DEFAULT, ENGINE)).isEmpty();
  }

  @Test
  void aDamagedOrForeignEntryIsAMiss() throws Exception {
    IndexCache cache = IndexCache.beside(store.file());
    List<Observation> observations = store.observations(RecordTime.now());
    LayoutMemo memo = new LayoutMemo();
    new ControlIndexBuilder(store, IRAQ, ZoneConfig.DEFAULT, memo).build(observations);
    IndexCache.Entry entry = new IndexCache.Entry(observations, List.of(), memo.snapshot().orElseThrow());
    assertThat(cache.save("k", entry)).isTrue();
    assertThat(cache.load("k")).map(IndexCache.Entry::observations).contains(observations);
    assertThat(cache.load("other")).isEmpty();

    Files.move(cache.file("k"), cache.file("other"));
    assertThat(cache.load("other")).as("an entry under another key's name").isEmpty();
    assertThat(cache.save("k", entry)).isTrue();
    byte[] bytes = Files.readAllBytes(cache.file("k"));
    Files.write(cache.file("k"), java.util.Arrays.copyOf(bytes, bytes.length - 9));
    assertThat(cache.load("k")).isEmpty();
  }

  private String key(RecordTime asOf, ZoneConfig zones) {
    return IndexCache.key(store, asOf, zones, ENGINE).orElseThrow();
  }
}
