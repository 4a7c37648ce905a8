package io.frontline.store;

import static io.frontline.contract.StoreFixtures.mosulFalls;
import static io.frontline.contract.StoreFixtures.sinjarContested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.contract.MutableClock;
import io.frontline.contract.StoreContract;
import io.frontline.contract.StoreFixtures;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a GeoPackage file, plus what only a file-backed store can show. */
class GeoPackageStoreTest extends StoreContract<GeoPackageStore> {
  private static final AtomicInteger FILES = new AtomicInteger();

  @TempDir
  Path dir;

  @Override
  protected GeoPackageStore newStore(MutableClock clock) {
    return GeoPackageStore.open(dir.resolve("store-" + FILES.incrementAndGet() + ".gpkg"), clock);
  }

  @Test
  void everythingSurvivesReopening() {
    Observation o = store.record(List.of(mosulFalls(), sinjarContested()), "a").get(1);
    clock.advance(Duration.ofMinutes(1));
    store.supersede(o.lineage(), StoreFixtures.desertPresence(), "b");
    store.putMeta("gazetteer.source", "GeoNames 2024-02");
    List<Observation> before = store.observations(RecordTime.now());
    long revision = store.revision();
    store.close();

    try (GeoPackageStore reopened = GeoPackageStore.open(store.file(), clock)) {
      assertThat(reopened.observations(RecordTime.now())).isEqualTo(before);
      assertThat(reopened.versions(o.lineage())).hasSize(2);
      assertThat(reopened.revision()).isEqualTo(revision);
      assertThat(reopened.actors()).containsExactlyInAnyOrderElementsOf(StoreFixtures.actors());
      assertThat(reopened.placeCount()).isEqualTo(StoreFixtures.places().size());
      assertThat(reopened.meta("gazetteer.source")).contains("GeoNames 2024-02");
    }
  }

  @Test
  void aRetractionCanNameTheSourceThatShowsTheObservationWrong() {
    assertThat(store.firstRecordedAt()).isEmpty();
    Observation o = store.record(List.of(mosulFalls()), "a").get(0);
    clock.advance(Duration.ofMinutes(1));
    Source rebuttal = new Source("Reuters, 12 June 2014", List.of(), "", SourceKind.NEWS);
    Observation retraction = store.retract(o.lineage(), rebuttal, "wrong city", "b");
    assertThat(retraction.retracted()).isTrue();
    assertThat(retraction.statement().source()).isEqualTo(rebuttal);
    assertThat(retraction.statement().note()).isEqualTo("wrong city");
    assertThat(store.versions(o.lineage()).get(0).statement().source())
        .isEqualTo(o.statement().source());
    assertThat(store.firstRecordedAt()).contains(o.recordedAt());
    assertThat(store.lineagesStartingWith(o.lineage().substring(0, 8), 5))
        .containsExactly(o.lineage());
    assertThat(store.lineagesStartingWith("zzzz", 5)).isEmpty();
  }

  @Test
  void recordTimesKeepIncreasingAcrossReopeningWithAClockBehind() {
    Observation first = store.record(List.of(mosulFalls()), "a").get(0);
    store.close();
    clock.advance(Duration.ofDays(-1));

    try (GeoPackageStore reopened = GeoPackageStore.open(store.file(), clock)) {
      Observation second = reopened.record(List.of(mosulFalls()), "a").get(0);
      assertThat(second.recordedAt()).isEqualTo(first.recordedAt().plusMillis(1));
    }
  }

  @Test
  void metaValuesAreKeptAndCountAsWrites() {
    long revision = store.revision();
    store.putMeta("basemap", "natural-earth-10m");
    store.putMeta("basemap", "natural-earth-50m");

    assertThat(store.meta("basemap")).contains("natural-earth-50m");
    assertThat(store.meta("unknown")).isEmpty();
    assertThat(store.revision()).isEqualTo(revision + 2);
    assertThatThrownBy(() -> store.putMeta("revision", "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reserved");
    assertThatThrownBy(() -> store.putMeta(" ", "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFileRefusesUpdatesAndDeletesOfObservations() throws SQLException {
    store.record(List.of(mosulFalls()), "a");
    try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + store.file());
        Statement sql = raw.createStatement()) {
      Gpkg.registerFunctions(raw);
      assertThatThrownBy(() -> sql.executeUpdate("UPDATE observations SET actor = 'iraq'"))
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM observations"))
          .hasMessageContaining("append-only");
    }
    assertThat(store.observations(RecordTime.now()))
        .extracting(o -> o.statement().actorId())
        .containsExactly("isis");
  }

  @Test
  void twoStoresOnOneFileShareOneRecord() {
    Observation first = store.record(List.of(mosulFalls()), "a").get(0);
    try (GeoPackageStore other = GeoPackageStore.open(store.file(), clock)) {
      Observation second = other.record(List.of(sinjarContested()), "b").get(0);

      assertThat(second.recordedAt()).isAfter(first.recordedAt());
      assertThat(second.id()).isGreaterThan(first.id());
      assertThat(store.observations(RecordTime.now())).containsExactly(first, second);
      assertThat(other.revision()).isEqualTo(store.revision());
    }
  }

  @Test
  void readsReuseWhatWasWrittenOrReadAndStillSeeOtherWriters() {
    List<Observation> recorded = store.record(List.of(mosulFalls(), sinjarContested()), "a");
    List<Observation> read = store.observations(RecordTime.now());
    // made once, by the write: a rebuild after a large import does not make every row again
    assertThat(read).hasSize(2);
    assertThat(read.get(0)).isSameAs(recorded.get(0));
    assertThat(read.get(1)).isSameAs(recorded.get(1));
    clock.advance(Duration.ofMinutes(1));
    Observation corrected =
        store.supersede(recorded.get(1).lineage(), StoreFixtures.desertPresence(), "b");
    try (GeoPackageStore other = GeoPackageStore.open(store.file(), clock)) {
      Observation elsewhere = other.record(List.of(mosulFalls()), "c").get(0);
      List<Observation> now = store.observations(RecordTime.now());

      assertThat(now).containsExactly(recorded.get(0), corrected, elsewhere);
      assertThat(now.get(1)).isSameAs(corrected);
      assertThat(other.observations(RecordTime.now())).isEqualTo(now);
      assertThat(store.observations(RecordTime.at(recorded.get(1).recordedAt())))
          .containsExactlyElementsOf(recorded);
    }
  }

  @Test
  void aPlaceRepeatedInOneCallKeepsItsLastVersion() {
    Place first = StoreFixtures.mosul();
    Place last = new Place(
        first.id(),
        "Mosul (corrected)",
        List.of("Mawsil"),
        Map.of(),
        36.34,
        43.13,
        "P",
        "PPLA",
        "IQ",
        "18",
        1_800_000);
    store.putPlaces(List.of(first, last));

    assertThat(store.findPlace(first.id())).contains(last);
    assertThat(store.search("Mossoul", 5)).extracting(Place::id).doesNotContain(first.id());
    assertThat(store.search("Mawsil", 5)).extracting(Place::id).containsExactly(first.id());
  }

  @Test
  void anArabicNameMeetsItsFormWithoutTheArticleAndExactBeatsPrefix() {
    Place khartoum = new Place(
        379252,
        "Khartoum",
        List.of("Al Khartum", "خرطوم"),
        Map.of(),
        15.55177,
        32.53241,
        "P",
        "PPLC",
        "SD",
        "29",
        1_974_647);
    Place north = new Place(
        7303719,
        "Khartoum North",
        List.of("الخرطوم بحري"),
        Map.of(),
        15.64,
        32.52,
        "P",
        "PPL",
        "SD",
        "29",
        2_500_000);
    Place mosul = new Place(
        99072,
        "Mosul",
        List.of("الموصل"),
        Map.of(),
        36.335,
        43.11889,
        "P",
        "PPLA",
        "IQ",
        "18",
        1_683_000);
    store.putPlaces(List.of(khartoum, north, mosul));

    assertThat(store.search("الخرطوم", 5)).extracting(Place::id).containsExactly(379252L, 7303719L);
    assertThat(store.resolve("الخرطوم")).isEqualTo(khartoum);
    assertThat(store.resolve("موصل")).isEqualTo(mosul);
    assertThat(store.resolve("379252")).isEqualTo(khartoum);
  }

  @Test
  void aClosedStoreSaysSo() {
    store.close();
    assertThatThrownBy(() -> store.revision())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
  }

  @Test
  void aLargeBatchIsOneTransaction() {
    List<io.frontline.observations.Statement> batch = java.util.stream.IntStream.range(0, 25_000)
        .mapToObj(i -> i % 2 == 0 ? mosulFalls() : sinjarContested())
        .toList();
    long revision = store.revision();
    List<Observation> recorded = store.record(batch, "bulk");

    assertThat(recorded).hasSize(25_000);
    assertThat(store.observations(RecordTime.now())).hasSize(25_000);
    assertThat(store.revision()).isEqualTo(revision + 1);
  }
}
