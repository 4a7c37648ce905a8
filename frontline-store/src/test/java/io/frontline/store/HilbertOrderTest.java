package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HilbertOrderTest {
  @Test
  void theCurveVisitsNeighboursInTurn() {
    assertThat(HilbertOrder.index(0, 0)).isZero();
    java.util.Set<Long> seen = new java.util.HashSet<>();
    for (int x = 0; x < 4; x++) {
      for (int y = 0; y < 4; y++) {
        seen.add(HilbertOrder.index(x, y));
      }
    }
    assertThat(seen)
        .as("the 16 cells of a corner take 16 distinct early places")
        .hasSize(16)
        .allMatch(d -> d < 16);
  }
}
