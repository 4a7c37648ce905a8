package io.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeferredListTest {
  @Test
  void isMadeOnceWhenFirstReadAndThenUnmodifiable() {
    AtomicInteger makes = new AtomicInteger();
    List<String> source = new ArrayList<>(List.of("a", "b", "c"));
    DeferredList<String> list = new DeferredList<>(() -> {
      makes.incrementAndGet();
      return source;
    });

    assertThat(list.isMade()).isFalse();
    assertThat(makes).hasValue(0);
    assertThat(list).containsExactly("a", "b", "c");
    source.add("d");
    assertThat(list).hasSize(3);
    assertThat(list.get(2)).isEqualTo("c");
    assertThat(makes).hasValue(1);
    assertThat(list.isMade()).isTrue();
    assertThat(list).isEqualTo(List.of("a", "b", "c"));
    assertThatThrownBy(() -> list.add("e")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFailedMakeIsTriedAgainAndAControlIndexKeepsTheListUnread() {
    AtomicInteger makes = new AtomicInteger();
    DeferredList<Footprint> footprints = new DeferredList<>(() -> {
      if (makes.incrementAndGet() == 1) {
        throw new IllegalStateException("damaged");
      }
      return List.of();
    });
    ControlIndex index = new ControlIndex(
        List.of(),
        footprints,
        List.of(),
        List.of(),
        ZoneConfig.DEFAULT,
        new ObservationStats(new long[0], 0, 0, 0));

    assertThat(index.footprints()).isSameAs(footprints);
    assertThat(footprints.isMade()).isFalse();
    assertThatThrownBy(footprints::size).hasMessage("damaged");
    assertThat(index.footprints()).isEmpty();
    assertThat(makes).hasValue(2);
  }
}
