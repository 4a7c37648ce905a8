package io.frontline.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Differential test: the binary search against a naive scan of all candidates, on seeded random input. */
class ResolutionTest {
  @Test
  void binarySearchAgreesWithNaiveScan() {
    long seed = System.nanoTime();
    System.out.println("ResolutionTest seed " + seed);
    Random random = new Random(seed);
    Observations obs = new Observations();
    String[] precisions = {"day", "month", "year"};
    for (int round = 0; round < 200; round++) {
      List<Candidate> candidates = new ArrayList<>();
      for (int i = 0; i < 1 + random.nextInt(12); i++) {
        LocalDate d = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(900));
        String date =
            switch (precisions[random.nextInt(3)]) {
              case "day" -> d.toString();
              case "month" -> d.toString().substring(0, 7);
              default -> d.toString().substring(0, 4);
            };
        Observation o = obs.place(
            1,
            "a" + random.nextInt(3),
            Status.CONTROLS,
            null,
            date,
            Confidence.values()[random.nextInt(3)]);
        candidates.add(Candidate.of(o));
      }
      Resolution resolution = new Resolution(candidates);
      for (int q = 0; q < 20; q++) {
        LocalDate day = LocalDate.of(2013, 6, 1).plusDays(random.nextInt(1300));
        assertThat(resolution.at(day).map(Holding::decidedBy))
            .as("seed %d day %s", seed, day)
            .isEqualTo(naive(candidates, day));
      }
    }
  }

  private static Optional<Candidate> naive(List<Candidate> all, LocalDate day) {
    return all.stream().filter(c -> c.startDay() <= day.toEpochDay()).max(Candidate.PRIORITY);
  }
}
