package io.frontline.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.control.Candidate;
import io.frontline.control.Resolution;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A change's own date: the first day of the run of holdings of the same party in effect on the later date. */
class ChangesOpTest {
  private final Observations obs = new Observations();
  private final Observation captured = obs.place(99072, "islamic-state", Status.CONTROLS, "iraq", "2014-06-10",
      Confidence.HIGH);
  private final Observation entered = obs.place(99072, "iraq", Status.CONTESTED, "islamic-state", "2016-11-01",
      Confidence.MEDIUM);
  private final Observation halfway = obs.place(99072, "iraq", Status.CONTESTED, "islamic-state", "2017-01-24",
      Confidence.MEDIUM);
  private final Observation counter = obs.place(99072, "islamic-state", Status.CONTESTED, "iraq", "2017-03-01",
      Confidence.MEDIUM);
  private final Observation retaken = obs.place(99072, "iraq", Status.CONTROLS, "islamic-state", "2017-07-10",
      Confidence.HIGH);
  private final Resolution mosul = new Resolution(List.of(captured, entered, halfway, counter, retaken).stream()
      .map(Candidate::of).toList());

  private static long day(String date) {
    return LocalDate.parse(date).toEpochDay();
  }

  @Test
  void aContestedPlaceChangedWhenTheFightingBeganNotAtTheLatestReport() {
    ChangesOp.Began began = ChangesOp.began(mosul, day("2017-06-05"));

    assertThat(began.holding().decidedBy().observation()).isEqualTo(entered);
    assertThat(began.firstDay()).isEqualTo(day("2016-11-01"));
  }

  @Test
  void aHoldingThatStartedItsOwnRunBeginsOnItsOwnDay() {
    assertThat(ChangesOp.began(mosul, day("2017-12-01")).holding().decidedBy().observation()).isEqualTo(retaken);
    assertThat(ChangesOp.began(mosul, day("2016-01-01")).firstDay()).isEqualTo(day("2014-06-10"));
    assertThat(ChangesOp.began(mosul, day("2017-07-10")).firstDay()).isEqualTo(day("2017-07-10"));
  }
}
