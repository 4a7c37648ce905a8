package io.frontline.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimingTest {
  @Test
  void medianAndNearestRankP95() {
    Timing t = Timing.of("t", List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 6.0, 7.0, 8.0, 9.0));
    assertThat(t.median_ms()).isEqualTo(5.5);
    assertThat(t.p95_ms()).isEqualTo(10.0);
    assertThat(t.min_ms()).isEqualTo(1.0);
    assertThat(Timing.of("odd", List.of(3.0, 1.0, 2.0)).median_ms()).isEqualTo(2.0);
  }

  @Test
  void noSamplesIsRefused() {
    assertThatThrownBy(() -> Timing.of("empty", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
  }

  @Test
  void optionsParseAndRefuseUnknownOnes() {
    BenchOptions o = BenchOptions.parse("--seed", "7", "--scale-peer-days", "10");
    assertThat(o.seed()).isEqualTo(7);
    assertThat(o.scalePeerSeriesDays()).isEqualTo(10);
    assertThat(o.pgUrl()).isEmpty();
    assertThatThrownBy(() -> BenchOptions.parse("--bogus", "1")).hasMessageContaining("--bogus");
    assertThatThrownBy(() -> BenchOptions.parse("--areas", "0"))
        .hasMessageContaining("--areas must be >= 1");
  }
}
