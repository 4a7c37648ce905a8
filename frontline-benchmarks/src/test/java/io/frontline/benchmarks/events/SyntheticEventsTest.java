package io.frontline.benchmarks.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticEventsTest {
  static final List<Place> PLACES = List.of(
      new Place(1, "Alpha", List.of(), null, 35, 38, "P", "PPL", "SY", "", 10),
      new Place(2, "Bravo", List.of(), null, 36, 40, "P", "PPL", "SY", "", 10));

  @Test
  void theSameSeedGivesTheSameEventsNearTheSettlements() {
    SyntheticEvents a = SyntheticEvents.generate(
        PLACES, 10_000, LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31), 0.1, 0.05, 3, 7);
    SyntheticEvents b = SyntheticEvents.generate(
        PLACES, 10_000, LocalDate.of(2014, 1, 1), LocalDate.of(2018, 12, 31), 0.1, 0.05, 3, 7);
    assertThat(a.lon()).isEqualTo(b.lon());
    assertThat(a.lastDay()).isEqualTo(b.lastDay());
    for (int i = 0; i < a.size(); i++) {
      double lat = a.lat()[i];
      assertThat(Math.min(Math.abs(lat - 35), Math.abs(lat - 36))).isLessThan(0.5);
      assertThat(a.firstDay()[i]).isBetween((int) LocalDate.of(2014, 1, 1).toEpochDay(), (int)
          LocalDate.of(2018, 12, 31).toEpochDay());
      assertThat(a.lastDay()[i]).isGreaterThanOrEqualTo(a.firstDay()[i]);
    }
    long imprecise = java.util.stream.IntStream.range(0, a.size())
        .filter(i -> a.lastDay()[i] > a.firstDay()[i])
        .count();
    assertThat(imprecise).isBetween(1_300L, 1_700L);
    assertThat(a.first(100).size()).isEqualTo(100);
  }

  @Test
  void countsGroupTheAnswersAsThePeerDoes() {
    assertThat(EventsBench.counts(new io.frontline.events.Ground[] {
          io.frontline.events.Ground.Unheld.OUTSIDE, io.frontline.events.Ground.Unheld.NOBODY
        }))
        .containsExactly(java.util.Map.entry("-:none", 2L));
  }
}
