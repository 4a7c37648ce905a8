package io.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Observations, candidates and atoms made on demand are the same values, made once, whichever thread asks. */
class ObservationListTest {
  private final Observations made = new Observations();
  private final List<Observation> plain = IntStream.range(0, 50)
      .mapToObj(i -> made.place(
          i + 1, "isis", Status.CONTROLS, "iraq", "2015-01-0" + (1 + i % 9), Confidence.HIGH))
      .toList();

  @Test
  void everyThreadGetsTheSameObjectAndNothingIsMadeAgainOnceSeen() {
    AtomicInteger calls = new AtomicInteger();
    ObservationList lazy = new ObservationList(plain.size()) {
      @Override
      protected Observation make(int i) {
        calls.incrementAndGet();
        return new Observation(
            plain.get(i).id(),
            plain.get(i).lineage(),
            1,
            plain.get(i).statement(),
            plain.get(i).recordedBy(),
            plain.get(i).recordedAt(),
            false);
      }
    };
    ConcurrentHashMap<Integer, Observation> seen = new ConcurrentHashMap<>();
    IntStream.range(0, 2_000).parallel().forEach(k -> {
      Observation o = lazy.get(k % plain.size());
      Observation first = seen.putIfAbsent(k % plain.size(), o);
      assertThat(first == null || first == o)
          .as("the same object for index %d", k % plain.size())
          .isTrue();
    });
    assertThat(lazy).isEqualTo(plain);
    // Threads asking for an index at the same moment may each make it (one wins, the others' are
    // dropped); once it
    // is made, asking again makes nothing.
    int made = calls.get();
    assertThat(made).isBetween(plain.size(), 2_000);
    IntStream.range(0, plain.size()).forEach(lazy::get);
    assertThat(calls.get()).isEqualTo(made);
    assertThat(new ControlIndex(
                lazy,
                List.of(),
                List.of(),
                List.of(),
                ZoneConfig.DEFAULT,
                ObservationStats.of(plain, List.of()))
            .observations())
        .isSameAs(lazy);
    assertThatThrownBy(() -> lazy.add(plain.get(0)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aListedCandidateEqualsTheCandidateOfItsObservation() {
    Candidate direct = Candidate.of(plain.get(7));
    Candidate listed = Candidate.listed(
        plain,
        7,
        direct.startDay(),
        direct.holder(),
        direct.status(),
        direct.other(),
        direct.implied());
    assertThat(listed).isEqualTo(direct).hasSameHashCodeAs(direct).hasToString(direct.toString());
    assertThat(listed.observation()).isSameAs(plain.get(7));
    assertThatThrownBy(() -> Candidate.listed(plain, 50, 0, "isis", Status.CONTROLS, null, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was 50");
  }

  @Test
  void aDeferredAtomMakesItsGeometryOnceAndEqualsTheAtomBuiltWithIt() {
    Geometry square = Geometries.FACTORY.toGeometry(new Envelope(40, 41, 35, 36));
    Resolution none = new Resolution(new long[0], new Holding[0], List.of(), Reach.ALL);
    AtomicInteger calls = new AtomicInteger();
    Atom deferred = Atom.deferred(
        3,
        () -> {
          calls.incrementAndGet();
          return square.copy();
        },
        12.5,
        none);
    assertThat(calls.get()).isZero();
    assertThat(deferred.at(LocalDate.of(2016, 2, 1))).isEmpty();
    assertThat(deferred).isEqualTo(new Atom(3, square, 12.5, none));
    assertThat((Object) deferred.geometry()).isSameAs(deferred.geometry());
    assertThat(calls.get()).isOne();
  }
}
