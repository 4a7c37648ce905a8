package io.frontline.contract;

import static io.frontline.contract.StoreFixtures.AL_BAB;
import static io.frontline.contract.StoreFixtures.BAB;
import static io.frontline.contract.StoreFixtures.MOSUL;
import static io.frontline.contract.StoreFixtures.MOSUL_DAM;
import static io.frontline.contract.StoreFixtures.RAQQA;
import static io.frontline.contract.StoreFixtures.TAL;
import static io.frontline.contract.StoreFixtures.TAL_AFAR;
import static io.frontline.contract.StoreFixtures.aboutPlace;
import static io.frontline.contract.StoreFixtures.desertPresence;
import static io.frontline.contract.StoreFixtures.mosulFalls;
import static io.frontline.contract.StoreFixtures.mosulRetaken;
import static io.frontline.contract.StoreFixtures.sinjarContested;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.ActorStore;
import io.frontline.gazetteer.GazetteerStore;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.ObservationStore;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;
import io.frontline.timeline.RecordTime;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What every Frontline store must do, whatever it is built on (the embedded GeoPackage, PostGIS). A store starts
 * empty with the {@link StoreFixtures} places and actors put in; record times come from a {@link MutableClock} that
 * only moves when a test moves it. Subclasses supply the store.
 */
public abstract class StoreContract<S extends ObservationStore & ActorStore & GazetteerStore> {
  protected static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

  protected MutableClock clock;
  protected S store;

  /** A new, empty store that takes its record times from {@code clock}. */
  protected abstract S newStore(MutableClock clock);

  /** Releases a store; closes it when it is {@link AutoCloseable}. */
  protected void release(S store) throws Exception {
    if (store instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  @BeforeEach
  void openStore() {
    clock = new MutableClock(T0);
    store = newStore(clock);
    store.putPlaces(StoreFixtures.places());
    store.putActors(StoreFixtures.actors());
  }

  @AfterEach
  void releaseStore() throws Exception {
    release(store);
  }

  @Test
  void anEmptyStoreHasNoObservations() {
    assertThat(store.observations(RecordTime.now())).isEmpty();
    assertThat(store.versions("no-such-lineage")).isEmpty();
  }

  @Test
  void recordedObservationsReadBackEqual() {
    List<Statement> statements =
        List.of(mosulFalls(), sinjarContested(), desertPresence(), aboutPlace(TAL_AFAR));
    List<Observation> recorded = store.record(statements, "analyst-1");

    assertThat(recorded).extracting(Observation::statement).containsExactlyElementsOf(statements);
    assertThat(recorded).allSatisfy(o -> {
      assertThat(o.version()).isEqualTo(1);
      assertThat(o.recordedBy()).isEqualTo("analyst-1");
      assertThat(o.recordedAt()).isEqualTo(T0);
      assertThat(o.retracted()).isFalse();
    });
    assertThat(recorded).extracting(Observation::lineage).doesNotHaveDuplicates();
    assertThat(recorded).extracting(Observation::id).isSorted().doesNotHaveDuplicates();
    assertThat(store.observations(RecordTime.now())).containsExactlyElementsOf(recorded);
  }

  @Test
  void areasKeepTheirExactGeometry() {
    Observation recorded = store.record(List.of(sinjarContested()), "a").get(0);
    Statement read = store.versions(recorded.lineage()).get(0).statement();

    assertThat(read.subject()).isEqualTo(sinjarContested().subject());
    Geometry expected = ((Subject.Area) sinjarContested().subject()).geometry();
    Geometry actual = ((Subject.Area) read.subject()).geometry();
    assertThat(actual.equalsExact(expected)).isTrue();
    assertThat(actual.getGeometryType()).isEqualTo(expected.getGeometryType());
  }

  @Test
  void aBatchWithOneBadStatementWritesNothing() {
    long revision = store.revision();
    List<Statement> batch = List.of(mosulFalls(), aboutPlace(999_999_999L), sinjarContested());

    assertThatThrownBy(() -> store.record(batch, "a"))
        .isInstanceOf(io.frontline.refusals.Refusal.class)
        .hasMessageContaining("unknown place id 999999999");
    assertThat(store.observations(RecordTime.now())).isEmpty();
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void findRecordedTellsTheStatementsWhoseClaimIsAlreadyRecorded() {
    store.record(List.of(mosulFalls(), sinjarContested()), "a");
    Statement reworded = new Statement(
        mosulFalls().subject(),
        mosulFalls().actorId(),
        mosulFalls().status(),
        mosulFalls().fromActorId(),
        mosulFalls().date(),
        mosulFalls().source(),
        mosulFalls().confidence(),
        "another note");

    assertThat(store.findRecorded(
            List.of(desertPresence(), sinjarContested(), reworded, mosulRetaken())))
        .containsExactly(sinjarContested(), reworded);
    assertThat(store.findRecorded(List.of())).isEmpty();
  }

  @Test
  void aRetractedOrSupersededObservationIsNoLongerRecorded() {
    Observation retracted = store.record(List.of(mosulFalls()), "a").get(0);
    Observation corrected = store.record(List.of(sinjarContested()), "a").get(0);
    clock.advance(Duration.ofMinutes(1));
    store.retract(retracted.lineage(), "hoax", "a");
    store.supersede(corrected.lineage(), desertPresence(), "a");

    assertThat(store.findRecorded(List.of(mosulFalls(), sinjarContested(), desertPresence())))
        .containsExactly(desertPresence());
  }

  @Test
  void aBlankRecorderIsRefused() {
    assertThatThrownBy(() -> store.record(List.of(mosulFalls()), " "))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.observations(RecordTime.now())).isEmpty();
  }

  @Test
  void anEmptyBatchIsNotAWrite() {
    long revision = store.revision();
    assertThat(store.record(List.of(), "a")).isEmpty();
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void supersedeKeepsBothVersions() {
    Observation first = store.record(List.of(mosulFalls()), "a").get(0);
    clock.advance(Duration.ofHours(1));
    Observation second = store.supersede(first.lineage(), mosulRetaken(), "b");

    assertThat(second.lineage()).isEqualTo(first.lineage());
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.id()).isNotEqualTo(first.id());
    assertThat(second.statement()).isEqualTo(mosulRetaken());
    assertThat(store.versions(first.lineage())).containsExactly(first, second);
    assertThat(store.observations(RecordTime.now())).containsExactly(second);
  }

  @Test
  void anUnknownLineageCannotBeSupersededOrRetracted() {
    assertThatThrownBy(() -> store.supersede("nope", mosulFalls(), "a"))
        .isInstanceOf(io.frontline.refusals.Refusal.class)
        .hasMessageContaining("no observation with lineage nope");
    assertThatThrownBy(() -> store.retract("nope", "wrong", "a"))
        .isInstanceOf(io.frontline.refusals.Refusal.class)
        .hasMessageContaining("no observation with lineage nope");
  }

  @Test
  void retractHidesNowButNotAsOfEarlier() {
    Observation kept = store.record(List.of(sinjarContested()), "a").get(0);
    Observation gone = store.record(List.of(mosulFalls()), "a").get(0);
    Instant before = clock.advance(Duration.ofMinutes(5));
    clock.advance(Duration.ofMinutes(5));
    Observation retraction = store.retract(gone.lineage(), "source was a hoax", "editor");

    assertThat(retraction.retracted()).isTrue();
    assertThat(retraction.version()).isEqualTo(2);
    assertThat(retraction.statement().note()).isEqualTo("source was a hoax");
    assertThat(store.observations(RecordTime.now())).containsExactly(kept);
    assertThat(store.observations(RecordTime.at(before))).containsExactly(kept, gone);
    assertThat(store.versions(gone.lineage())).containsExactly(gone, retraction);
  }

  @Test
  void aRetractedObservationCannotBeSupersededOrRetractedAgain() {
    Observation o = store.record(List.of(mosulFalls()), "a").get(0);
    store.retract(o.lineage(), "duplicate", "a");
    long revision = store.revision();

    assertThatThrownBy(() -> store.supersede(o.lineage(), mosulRetaken(), "a"))
        .isInstanceOfSatisfying(io.frontline.refusals.Refusal.class, r -> assertThat(r.kind())
            .isEqualTo(io.frontline.refusals.Refusal.Kind.CONFLICT))
        .hasMessageContaining("retracted");
    assertThatThrownBy(() -> store.retract(o.lineage(), "again", "a"))
        .isInstanceOfSatisfying(io.frontline.refusals.Refusal.class, r -> assertThat(r.kind())
            .isEqualTo(io.frontline.refusals.Refusal.Kind.CONFLICT))
        .hasMessageContaining("retracted");
    assertThat(store.versions(o.lineage())).hasSize(2);
    assertThat(store.revision()).isEqualTo(revision);
  }

  @Test
  void asOfBetweenVersionsGivesTheOldVersion() {
    Observation v1 = store.record(List.of(mosulFalls()), "a").get(0);
    Instant t1 = clock.instant();
    clock.advance(Duration.ofDays(1));
    Observation v2 = store.supersede(v1.lineage(), mosulRetaken(), "a");

    assertThat(store.observations(RecordTime.at(t1.minusMillis(1)))).isEmpty();
    assertThat(store.observations(RecordTime.at(t1))).containsExactly(v1);
    assertThat(store.observations(RecordTime.at(t1.plus(Duration.ofHours(12)))))
        .containsExactly(v1);
    assertThat(store.observations(RecordTime.at(v2.recordedAt()))).containsExactly(v2);
    assertThat(store.observations(RecordTime.at(Instant.MAX))).containsExactly(v2);
    assertThat(store.observations(RecordTime.at(Instant.MIN))).isEmpty();
  }

  @Test
  void recordTimesComeFromTheClockAndStrictlyIncrease() {
    Instant later = clock.advance(Duration.ofSeconds(90).plusNanos(123_456_789));
    Observation a = store.record(List.of(mosulFalls()), "a").get(0);
    Observation b = store.record(List.of(sinjarContested()), "a").get(0);
    clock.advance(Duration.ofHours(-2));
    Observation c = store.supersede(b.lineage(), desertPresence(), "a");
    Observation d = store.retract(a.lineage(), "wrong", "a");

    assertThat(a.recordedAt()).isEqualTo(later.truncatedTo(ChronoUnit.MILLIS));
    assertThat(List.of(a, b, c, d))
        .extracting(Observation::recordedAt)
        .isSortedAccordingTo(Instant::compareTo)
        .doesNotHaveDuplicates();
    assertThat(store.observations(RecordTime.at(a.recordedAt()))).containsExactly(a);
    assertThat(store.observations(RecordTime.at(b.recordedAt()))).containsExactly(a, b);
  }

  @Test
  void oneBatchSharesOneRecordTime() {
    List<Observation> batch =
        store.record(List.of(mosulFalls(), sinjarContested(), desertPresence()), "a");
    assertThat(batch).extracting(Observation::recordedAt).containsOnly(T0);
  }

  @Test
  void revisionGrowsOnEveryWriteAndNotOnReads() {
    long r0 = store.revision();
    Observation o = store.record(List.of(mosulFalls()), "a").get(0);
    long r1 = store.revision();
    store.supersede(o.lineage(), mosulRetaken(), "a");
    long r2 = store.revision();
    store.retract(o.lineage(), "wrong", "a");
    long r3 = store.revision();
    store.putPlaces(List.of(StoreFixtures.mosul()));
    long r4 = store.revision();
    store.putActors(List.of(StoreFixtures.actors().get(0)));
    long r5 = store.revision();
    readEverything(o.lineage());

    assertThat(List.of(r0, r1, r2, r3, r4, r5)).isSorted().doesNotHaveDuplicates();
    assertThat(store.revision()).isEqualTo(r5);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mosul",
        "Mosoel",
        "mossoul",
        "MOSSOUL",
        "الموصل",
        "al-Mawsil",
        "Al Mawsil",
        "mawsil"
      })
  void searchFindsMosulByAnyOfItsNames(String query) {
    assertThat(store.search(query, 5)).first().extracting(Place::id).isEqualTo(MOSUL);
  }

  @Test
  void searchPutsExactMatchesBeforePrefixMatches() {
    assertThat(store.search("tal", 10)).extracting(Place::id).containsExactly(TAL, TAL_AFAR);
    assertThat(store.search("mosul", 10)).extracting(Place::id).containsExactly(MOSUL, MOSUL_DAM);
  }

  @Test
  void searchOrdersEqualMatchesByPopulationAndHonoursTheLimit() {
    assertThat(store.search("al-Bab", 10)).extracting(Place::id).containsExactly(AL_BAB, BAB);
    assertThat(store.search("bab", 1)).extracting(Place::id).containsExactly(AL_BAB);
    assertThat(store.search("  ", 10)).isEmpty();
    assertThat(store.search("Kobani", 10)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ar R", "ar Ra", "Ar-Raq", "Ar Raqqah", "al-B"})
  void searchFindsAPlaceWhileItsArticleAndNameAreBeingTyped(String query) {
    assertThat(store.search(query, 5)).extracting(Place::id).containsAnyOf(RAQQA, AL_BAB);
    assertThat(store.search(query, 5).get(0).id())
        .isEqualTo(query.startsWith("al") ? AL_BAB : RAQQA);
  }

  @Test
  void placesReadBackEqual() {
    for (Place place : StoreFixtures.places()) {
      assertThat(store.findPlace(place.id())).contains(place);
    }
    assertThat(store.findPlace(42)).isEmpty();
    assertThat(store.placeCount()).isEqualTo(StoreFixtures.places().size());
  }

  @Test
  void puttingAPlaceReplacesItAndItsNames() {
    Place renamed = new Place(
        MOSUL,
        "Nineveh City",
        List.of("Ninawa"),
        Map.of(),
        36.34,
        43.13,
        "P",
        "PPLA",
        "IQ",
        "18",
        1_800_000);
    store.putPlaces(List.of(renamed));

    assertThat(store.findPlace(MOSUL)).contains(renamed);
    assertThat(store.search("Mossoul", 5)).extracting(Place::id).doesNotContain(MOSUL);
    assertThat(store.search("Ninawa", 5)).extracting(Place::id).containsExactly(MOSUL);
    assertThat(store.placeCount()).isEqualTo(StoreFixtures.places().size());
  }

  @Test
  void placesWithinAnEnvelope() {
    Envelope northernIraq = new Envelope(42.0, 44.0, 36.0, 37.0);
    assertThat(store.placesWithin(northernIraq))
        .extracting(Place::id)
        .containsExactlyInAnyOrder(MOSUL, MOSUL_DAM, TAL_AFAR, TAL);
    assertThat(store.placesWithin(new Envelope(39.01, 39.01, 35.95, 35.95)))
        .extracting(Place::id)
        .containsExactly(RAQQA);
    assertThat(store.placesWithin(new Envelope(0, 1, 0, 1))).isEmpty();
  }

  @Test
  void actorsRoundTripAndAreReplacedById() {
    assertThat(store.actors()).containsExactlyInAnyOrderElementsOf(StoreFixtures.actors());
    Actor renamed = new Actor(
        "iraq",
        "Iraqi Security Forces",
        ActorKind.COALITION,
        "#00ff00",
        List.of("ISF"),
        Map.of("ar", "القوات الأمنية العراقية"));
    store.putActors(List.of(renamed));

    assertThat(store.actors())
        .hasSize(3)
        .contains(renamed)
        .noneMatch(a -> a.id().equals("iraq") && a.name().equals("Iraqi Armed Forces"));
  }

  @Test
  void placeObservationsReferToStoredPlaces() {
    List<Observation> recorded = store.record(
        Stream.of(MOSUL, TAL_AFAR, RAQQA).map(StoreFixtures::aboutPlace).toList(), "a");
    assertThat(store.observations(RecordTime.now())).containsExactlyElementsOf(recorded);
  }

  private void readEverything(String lineage) {
    store.observations(RecordTime.now());
    store.versions(lineage);
    store.actors();
    store.search("mosul", 3);
    store.placesWithin(new Envelope(42, 44, 36, 37));
    store.findPlace(MOSUL);
    store.placeCount();
  }
}
