package io.frontline.store;

import static io.frontline.contract.StoreFixtures.desertPresence;
import static io.frontline.contract.StoreFixtures.mosulFalls;
import static io.frontline.contract.StoreFixtures.mosulRetaken;
import static io.frontline.contract.StoreFixtures.sinjarContested;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.StoreFixtures;
import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.Footprint;
import io.frontline.control.Site;
import io.frontline.control.ZoneConfig;
import io.frontline.testing.MemoryBasemap;
import io.frontline.timeline.RecordTime;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Indexes read back equal to what was written, and keys change with every write, whoever writes. */
class IndexCacheTest {
  private static final MemoryBasemap IRAQ =
      new MemoryBasemap(List.of(MemoryBasemap.box("IQ", "Iraq", 38, 29, 49, 38)));
  private static final String ENGINE = "test";

  @TempDir
  Path dir;

  GeoPackageStore store;

  @BeforeEach
  void storeWithPlacesAndAreas() {
    store = GeoPackageStore.open(dir.resolve("s.gpkg"));
    store.putActors(StoreFixtures.actors());
    store.putPlaces(StoreFixtures.places());
    io.frontline.observations.Statement shared = sinjarContested();
    shared = new io.frontline.observations.Statement(
        shared.subject(),
        shared.actorId(),
        shared.status(),
        shared.fromActorId(),
        io.frontline.timeline.FuzzyDate.parse("2014-10"),
        shared.source().withGrade(io.frontline.observations.Grade.parse("B2")),
        shared.confidence(),
        "",
        0.4);
    store.record(
        List.of(mosulFalls(), sinjarContested(), desertPresence(), mosulRetaken(), shared), "a");
  }

  @Test
  void anIndexReadsBackEqualPartForPart() {
    store.record(
        List.of(new io.frontline.observations.Statement(
            new io.frontline.observations.Subject.Area(
                io.frontline.geometry.Geometries.FACTORY.toGeometry(
                    new org.locationtech.jts.geom.Envelope(38, 49, 29, 38)),
                "Iraq"),
            "isis",
            io.frontline.observations.Status.ENDS,
            null,
            io.frontline.timeline.FuzzyDate.parse("2015-01-01"),
            io.frontline.observations.Source.ofUrl(
                "https://www.reuters.com/iraq-victory",
                io.frontline.observations.SourceKind.OFFICIAL_STATEMENT),
            null,
            "")),
        "a");
    ControlIndex fresh = build();
    ControlIndex read = IndexCodec.read(IndexCodec.write(fresh));

    assertThat(read.observations()).isEqualTo(fresh.observations());
    assertThat(read.observations()).extracting(o -> o.statement().share()).contains(0.4);
    assertThat(read.observations())
        .extracting(o -> o.statement().source().gradeCode())
        .contains("B2");
    assertThat(read.zones()).isEqualTo(fresh.zones());
    assertThat(read.stats()).isEqualTo(fresh.stats());
    assertThat(read.footprints()).hasSameSizeAs(fresh.footprints()).isNotEmpty();
    for (int i = 0; i < fresh.footprints().size(); i++) {
      Footprint a = read.footprints().get(i);
      Footprint b = fresh.footprints().get(i);
      assertThat(List.of(a.key(), a.placeId(), a.population(), a.candidates()))
          .isEqualTo(List.of(b.key(), b.placeId(), b.population(), b.candidates()));
      assertThat(a.geometry().equalsExact(b.geometry())).as(b.key()).isTrue();
    }
    assertThat(read.atoms()).hasSameSizeAs(fresh.atoms()).isNotEmpty();
    for (int i = 0; i < fresh.atoms().size(); i++) {
      Atom a = read.atoms().get(i);
      Atom b = fresh.atoms().get(i);
      assertThat(List.of(a.id(), a.area_km2(), a.resolution().candidates()))
          .isEqualTo(List.of(b.id(), b.area_km2(), b.resolution().candidates()));
      assertThat(a.geometry().equalsExact(b.geometry())).isTrue();
    }
    assertThat(read.sites()).hasSameSizeAs(fresh.sites()).isNotEmpty();
    for (int i = 0; i < fresh.sites().size(); i++) {
      Site a = read.sites().get(i);
      Site b = fresh.sites().get(i);
      assertThat(List.of(a.place(), a.observed(), a.resolution().candidates()))
          .isEqualTo(List.of(b.place(), b.observed(), b.resolution().candidates()));
    }
    for (String day : List.of(
        "2014-06-01", "2014-06-10", "2014-09-01", "2015-06-01", "2017-07-10", "2018-01-01")) {
      LocalDate date = LocalDate.parse(day);
      for (int i = 0; i < fresh.atoms().size(); i++) {
        assertThat(read.atoms().get(i).at(date)).isEqualTo(fresh.atoms().get(i).at(date));
      }
    }
    boolean ended = false;
    for (int i = 0; i < fresh.atoms().size(); i++) {
      var a = read.atoms().get(i).resolution();
      var b = fresh.atoms().get(i).resolution();
      assertThat(a.size()).isEqualTo(b.size());
      for (int k = 0; k < b.size(); k++) {
        assertThat(a.start(k)).isEqualTo(b.start(k));
        assertThat(a.holding(k)).isEqualTo(b.holding(k));
        ended |= b.holding(k) == null;
      }
    }
    assertThat(ended)
        .as("the region-wide end leaves spans of nobody, which read back too")
        .isTrue();
  }

  @Test
  void theKeyChangesWithEveryWriteAndEachAsOfSpanAndZoneConfig() throws Exception {
    String key = key(RecordTime.now(), ZoneConfig.DEFAULT);
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT)).isEqualTo(key);
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT.withRadius(20))).isNotEqualTo(key);
    assertThat(key(RecordTime.at(Instant.parse("2000-01-01T00:00:00Z")), ZoneConfig.DEFAULT))
        .isNotEqualTo(key);

    store.putMeta("note", "a write through the store");
    String afterMeta = key(RecordTime.now(), ZoneConfig.DEFAULT);
    assertThat(afterMeta).isNotEqualTo(key);

    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement sql = raw.createStatement()) {
      sql.executeUpdate("UPDATE actors SET name = name || ' (edited)'");
    }
    assertThat(key(RecordTime.now(), ZoneConfig.DEFAULT))
        .as("a write by another program")
        .isNotEqualTo(afterMeta);
  }

  @Test
  void noKeyWhileAnotherProgramHoldsAWriteAheadLog() throws Exception {
    Files.writeString(dir.resolve("s.gpkg-wal"), "");
    assertThat(IndexCache.key(store, RecordTime.now(), ZoneConfig.DEFAULT, ENGINE))
        .isEmpty();
  }

  @Test
  void aDamagedOrForeignEntryIsAMiss() throws Exception {
    IndexCache cache = IndexCache.beside(store.file());
    ControlIndex index = build();
    assertThat(cache.save("k", index)).isTrue();
    assertThat(cache.load("k")).map(ControlIndex::observations).contains(index.observations());
    assertThat(cache.load("other")).isEmpty();

    Files.move(cache.file("k"), cache.file("other"));
    assertThat(cache.load("other")).as("an entry under another key's name").isEmpty();
    assertThat(cache.save("k", index)).isTrue();
    byte[] bytes = Files.readAllBytes(cache.file("k"));
    Files.write(cache.file("k"), java.util.Arrays.copyOf(bytes, bytes.length - 9));
    assertThat(cache.load("k")).isEmpty();
  }

  @Test
  void aPrefetchOfTheLastUsedEntryIsTakenOnlyUnderItsKey() throws Exception {
    IndexCache cache = IndexCache.beside(store.file());
    ControlIndex index = build();
    ControlIndex other = new ControlIndexBuilder(store, IRAQ, ZoneConfig.DEFAULT.withRadius(21))
        .build(store.observations(RecordTime.now()));
    assertThat(cache.save("wide", index)).isTrue();
    assertThat(cache.save("narrow", other)).isTrue();
    Files.setLastModifiedTime(cache.file("wide"), FileTime.fromMillis(1_000_000));
    Files.setLastModifiedTime(cache.file("narrow"), FileTime.fromMillis(2_000_000));

    cache.prefetch();
    ControlIndex narrow = cache.load("narrow").orElseThrow();
    assertThat(((io.frontline.control.DeferredList<?>) narrow.footprints()).isMade())
        .as("footprints are read only when asked for")
        .isFalse();
    assertThat(narrow.observations()).isEqualTo(other.observations());
    assertThat(narrow.zones()).isEqualTo(other.zones());
    assertThat(Files.getLastModifiedTime(cache.file("narrow")).toMillis())
        .as("a prefetched entry taken is marked as used")
        .isGreaterThan(2_000_000);

    Files.setLastModifiedTime(cache.file("narrow"), FileTime.fromMillis(3_000_000));
    cache.prefetch();
    ControlIndex wide = cache.load("wide").orElseThrow();
    assertThat(wide.zones()).as("not the prefetched entry, another key's").isEqualTo(index.zones());
    assertThat(wide.observations()).isEqualTo(index.observations());
    assertThat(cache.load("missing")).isEmpty();
  }

  @Test
  void aPrefetchWithoutEntriesOrOfADamagedOneIsAMiss() throws Exception {
    IndexCache cache = IndexCache.beside(store.file());
    cache.prefetch();
    assertThat(cache.load("k")).isEmpty();

    assertThat(cache.save("k", build())).isTrue();
    byte[] bytes = Files.readAllBytes(cache.file("k"));
    Files.write(cache.file("k"), java.util.Arrays.copyOf(bytes, bytes.length - 9));
    cache.prefetch();
    assertThat(cache.load("k")).isEmpty();
  }

  private ControlIndex build() {
    return new ControlIndexBuilder(store, IRAQ, ZoneConfig.DEFAULT)
        .build(store.observations(RecordTime.now()));
  }

  private String key(RecordTime asOf, ZoneConfig zones) {
    return IndexCache.key(store, asOf, zones, ENGINE).orElseThrow();
  }
}
