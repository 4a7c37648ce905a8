package io.frontline.figures;

import static io.frontline.figures.Testland.JUNE_2015;
import static io.frontline.figures.Testland.MID_JANUARY_2015;
import static io.frontline.figures.Testland.NORTH_KM2;
import static io.frontline.figures.Testland.SOUTH_KM2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.frontline.control.Candidate;
import io.frontline.control.Resolution;
import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A change's own date: the first day of the run of holdings of the same party in effect on the later date; and the
 * changes of {@link Testland} from mid-January to June 2015, worked out by hand from its squares: blue held all five
 * (four only as the previous holder the reports name); by June red has taken NORTH (Redton, Hamlet), SHARE and FIGHT
 * are contested (Sharetown, Fightville), SIEGE is still blue's under siege and OLD blue's.
 */
class ChangesOpTest {
  private static final Testland LAND = new Testland();
  private final Observations obs = new Observations();
  private final Observation captured =
      obs.place(99072, "islamic-state", Status.CONTROLS, "iraq", "2014-06-10", Confidence.HIGH);
  private final Observation entered =
      obs.place(99072, "iraq", Status.CONTESTED, "islamic-state", "2016-11-01", Confidence.MEDIUM);
  private final Observation halfway =
      obs.place(99072, "iraq", Status.CONTESTED, "islamic-state", "2017-01-24", Confidence.MEDIUM);
  private final Observation counter =
      obs.place(99072, "islamic-state", Status.CONTESTED, "iraq", "2017-03-01", Confidence.MEDIUM);
  private final Observation retaken =
      obs.place(99072, "iraq", Status.CONTROLS, "islamic-state", "2017-07-10", Confidence.HIGH);
  private final Resolution mosul =
      new Resolution(List.of(captured, entered, halfway, counter, retaken).stream()
          .map(Candidate::of)
          .toList());

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
    assertThat(ChangesOp.began(mosul, day("2017-12-01")).holding().decidedBy().observation())
        .isEqualTo(retaken);
    assertThat(ChangesOp.began(mosul, day("2016-01-01")).firstDay()).isEqualTo(day("2014-06-10"));
    assertThat(ChangesOp.began(mosul, day("2017-07-10")).firstDay()).isEqualTo(day("2017-07-10"));
  }

  private static Changes testland(Optional<String> actor) {
    return new ChangesOp(LAND.index, LAND.figuresOp()).changes(MID_JANUARY_2015, JUNE_2015, actor);
  }

  @Test
  void transfersSayFromWhomToWhomWithTheirGroundPeopleAndSettlements() {
    Changes changes = testland(Optional.empty());

    assertThat(changes.transfers())
        .containsExactly(
            new Changes.Transfer("blue", "contested", 5280.6, 120_000 + 50_000, 2),
            new Changes.Transfer("blue", "red", 2640.3, 150_000 + 2_000, 2));
    assertThat(changes.transfers().get(0).area_km2()).isCloseTo(2 * SOUTH_KM2, within(0.1));
    assertThat(changes.transfers().get(1).area_km2()).isCloseTo(SOUTH_KM2, within(0.1));
    assertThat(changes.coverage()).isEmpty();
    assertThat(changes.coveragePlaces()).isEmpty();
  }

  @Test
  void balancesSumTheGainsAndLossesOfEachParty() {
    assertThat(testland(Optional.empty()).balances())
        .containsExactly(
            new Changes.Balance("blue", 0, 7920.9, -7920.9),
            new Changes.Balance("red", 2640.3, 0, 2640.3),
            new Changes.Balance("contested", 5280.6, 0, 5280.6));
  }

  @Test
  void theSettlementsThatChangedHandsComeMostPopulousFirstWithTheirOwnDates() {
    List<Changes.PlaceChange> places = testland(Optional.empty()).places();

    assertThat(places)
        .extracting(Changes.PlaceChange::name)
        .containsExactly("Redton", "Sharetown", "Fightville", "Hamlet");
    assertThat(places)
        .extracting(p -> p.from() + ">" + p.to())
        .containsExactly("blue>red", "blue>contested", "blue>contested", "blue>red");
    assertThat(places)
        .extracting(Changes.PlaceChange::changedOn)
        .containsExactly("2015-03-01", "2015-02-01", "2015-04-01", "2015-03-01");
    assertThat(places)
        .extracting(Changes.PlaceChange::observation)
        .containsExactly(
            LAND.north.lineage(), LAND.share.lineage(), LAND.fight.lineage(), LAND.north.lineage());
    assertThat(places.get(0).urls()).containsExactly("https://example.org/red/2015-03-01");
    assertThat(places).extracting(Changes.PlaceChange::observed).containsOnly(false);
    assertThat(places)
        .extracting(Changes.PlaceChange::population)
        .containsExactly(150_000L, 120_000L, 50_000L, 2_000L);
  }

  @Test
  void anActorSeesOnlyWhatItGainedOrLost() {
    Changes red = testland(Optional.of("red"));

    assertThat(red.transfers())
        .containsExactly(new Changes.Transfer("blue", "red", 2640.3, 152_000, 2));
    assertThat(red.balances())
        .containsExactly(
            new Changes.Balance("blue", 0, 2640.3, -2640.3),
            new Changes.Balance("red", 2640.3, 0, 2640.3));
    assertThat(red.places())
        .extracting(Changes.PlaceChange::name)
        .containsExactly("Redton", "Hamlet");
    assertThat(testland(Optional.of("green")).transfers()).isEmpty();
  }

  @Test
  void groundThatNoObservationCoveredYetIsCoverageNotAGain() {
    Changes changes = new ChangesOp(LAND.index, LAND.figuresOp())
        .changes(LocalDate.parse("2012-01-01"), JUNE_2015, Optional.empty());

    // SHARE and FIGHT entered the map contested; SIEGE (Ringcity) and OLD (Oldham) as blue's; NORTH
    // as red's
    assertThat(changes.transfers()).isEmpty();
    assertThat(changes.balances()).isEmpty();
    assertThat(changes.coverage())
        .containsExactly(
            new Changes.Transfer("none", "contested", 5280.6, 170_000, 2),
            new Changes.Transfer("none", "blue", 5196.5, 230_000, 2),
            new Changes.Transfer("none", "red", 2640.3, 152_000, 2));
    assertThat(changes.coverage().get(1).area_km2()).isCloseTo(2 * NORTH_KM2, within(0.1));
    assertThat(changes.coveragePlaces())
        .extracting(Changes.PlaceChange::name)
        .containsExactly("Ringcity", "Redton", "Sharetown", "Fightville", "Oldham", "Hamlet");
  }

  @Test
  void theSecondDateMustComeAfterTheFirst() {
    ChangesOp op = new ChangesOp(LAND.index, LAND.figuresOp());
    assertThatThrownBy(() -> op.changes(JUNE_2015, JUNE_2015, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the second date must be after the first, was 2015-06-01 then 2015-06-01");
  }
}
