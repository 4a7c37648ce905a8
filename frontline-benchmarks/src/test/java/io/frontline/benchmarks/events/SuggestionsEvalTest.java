package io.frontline.benchmarks.events;

import static io.frontline.observations.Confidence.HIGH;
import static io.frontline.observations.Status.CONTROLS;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Observation;
import io.frontline.testing.Observations;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsEvalTest {
  @Test
  void theHeldOutPlacesAreASeededShareOfTheObservedPlaces() {
    Observations obs = new Observations();
    List<Observation> all = List.of(
        obs.place(1, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(2, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(3, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(4, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(4, "syria", CONTROLS, "is", "2016-06-10", HIGH));
    assertThat(SuggestionsEval.pick(all, 0.5, 7))
        .hasSize(2)
        .isEqualTo(SuggestionsEval.pick(all, 0.5, 7))
        .isSubsetOf(1L, 2L, 3L, 4L);
    assertThat(SuggestionsEval.pick(all, 0.01, 7)).as("at least one").hasSize(1);
  }
}
