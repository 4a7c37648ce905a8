package io.frontline.figures;

import static io.frontline.figures.Testland.NORTH_KM2;
import static io.frontline.figures.Testland.SOUTH_KM2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The figures of {@link Testland}, each worked out by hand from its squares (S for a southern square, N for a
 * northern one; both from the ellipsoid's closed form) and pinned to the value reported (rounded to 0.1 km2).
 */
class FiguresOpTest {
  private static final Testland LAND = new Testland();
  private final Figures june = LAND.figuresOp().figures(Testland.JUNE_2015);
  private final Figures january = LAND.figuresOp().figures(Testland.MID_JANUARY_2015);

  private static ActorFigures of(Figures f, String actor) {
    return f.actor(actor).orElseThrow();
  }

  @Test
  void theSquaresAreWhatTheEllipsoidSays() {
    assertThat(SOUTH_KM2).isCloseTo(2640.29, within(0.01));
    assertThat(NORTH_KM2).isCloseTo(2598.26, within(0.01));
  }

  @Test
  void heldAreaIsOwnGroundPlusTheStatedShareOfContestedGround() {
    // red: NORTH whole, 60 % of SHARE; FIGHT states no share, so it is in no one's area
    assertThat(of(june, "red").area_km2())
        .isEqualTo(4224.5)
        .isCloseTo(SOUTH_KM2 + 0.6 * SOUTH_KM2, within(0.1));
    // blue: 40 % of SHARE, SIEGE (held under siege) and OLD
    assertThat(of(june, "blue").area_km2())
        .isEqualTo(6252.6)
        .isCloseTo(0.4 * SOUTH_KM2 + 2 * NORTH_KM2, within(0.1));
    // green besieges SIEGE: the ground stays blue's
    assertThat(of(june, "green").area_km2()).isZero();
    assertThat(june.actors()).extracting(ActorFigures::id).containsExactly("blue", "red", "green");
  }

  @Test
  void contestedGroundCountsForBothPartiesWithOrWithoutAShare() {
    assertThat(of(june, "red").contested_km2())
        .isEqualTo(5280.6)
        .isCloseTo(2 * SOUTH_KM2, within(0.1));
    assertThat(of(june, "blue").contested_km2()).isEqualTo(5280.6);
    assertThat(of(june, "green").contested_km2()).isZero();
  }

  @Test
  void besiegedGroundCountsForItsHolderNotItsBesieger() {
    assertThat(of(june, "blue").besieged_km2()).isEqualTo(2598.3).isCloseTo(NORTH_KM2, within(0.1));
    assertThat(of(june, "red").besieged_km2()).isZero();
    assertThat(of(june, "green").besieged_km2()).isZero();
  }

  @Test
  void areaByGradeSplitsTheHeldAreaByTheDecidingSourcesGrade() {
    assertThat(of(june, "red").area_by_grade_km2())
        .isEqualTo(Map.of("B2", 2640.3, "ungraded", 1584.2));
    assertThat(of(june, "blue").area_by_grade_km2())
        .isEqualTo(Map.of("A1", 2598.3, "C3", 2598.3, "ungraded", 1056.1));
    assertThat(of(january, "blue").area_by_grade_km2())
        .isEqualTo(Map.of("A1", 2598.3, "implied", 10519.1));
  }

  @Test
  void theRangeLeavesOutLowConfidenceAndImpliedGroundAtItsCautiousEnd() {
    ActorFigures blue = of(june, "blue");
    // OLD rests on a low-confidence report: out of the low end
    assertThat(blue.area_low_km2())
        .isEqualTo(3654.4)
        .isCloseTo(0.4 * SOUTH_KM2 + NORTH_KM2, within(0.1));
    assertThat(blue.area_high_km2()).isEqualTo(6252.6);
    assertThat(blue.population_low()).isEqualTo(48_000 + 200_000);
    assertThat(blue.population_high()).isEqualTo(278_000);
    ActorFigures red = of(june, "red");
    assertThat(red.area_low_km2()).isEqualTo(4224.5);
    assertThat(red.area_high_km2()).isEqualTo(4224.5);
    // in January blue holds four squares only as the holder the later reports imply, and OLD on a
    // low-confidence one
    assertThat(of(january, "blue").area_low_km2()).isZero();
    assertThat(of(january, "blue").population_low()).isZero();
    assertThat(of(june, "red").inferred_km2()).isZero();
  }

  @Test
  void impliedAndStaleAreaAreReportedInTheMethod() {
    assertThat(june.method().implied_km2()).isZero();
    // OLD was decided on 2013-06-01, more than 365 days before either date
    assertThat(june.method().stale_km2()).isEqualTo(2598.3);
    assertThat(january.method().stale_km2()).isEqualTo(2598.3);
    // before the reports, blue is implied on NORTH, SHARE, FIGHT (named as the previous holder) and
    // SIEGE
    assertThat(january.method().implied_km2())
        .isEqualTo(10519.1)
        .isCloseTo(3 * SOUTH_KM2 + NORTH_KM2, within(0.1));
    assertThat(of(january, "blue").area_km2())
        .isEqualTo(13117.4)
        .isCloseTo(3 * SOUTH_KM2 + 2 * NORTH_KM2, within(0.1));
    assertThat(of(january, "red").area_km2()).isZero();
  }

  @Test
  void populationCountsSettlementsWithTheirShare() {
    // red: Redton 150,000 + Hamlet 2,000 + 60 % of Sharetown's 120,000
    assertThat(of(june, "red").population()).isEqualTo(224_000);
    // blue: 40 % of Sharetown + Ringcity 200,000 + Oldham 30,000; Fightville (no share) counts for
    // no one
    assertThat(of(june, "blue").population()).isEqualTo(278_000);
    assertThat(of(june, "green").population()).isZero();
    // every settlement but Nowhere, outside every square
    assertThat(of(january, "blue").population()).isEqualTo(552_000);
  }

  @Test
  void settlementsAndCitiesCountWhereAPartyHoldsAtLeastHalf() {
    ActorFigures red = of(june, "red");
    assertThat(red.settlements()).isEqualTo(3);
    assertThat(red.cities()).isEqualTo(2);
    assertThat(red.cityNames()).containsExactly("Redton", "Sharetown");
    assertThat(red.cityIds()).containsExactly(1L, 3L);
    ActorFigures blue = of(june, "blue");
    assertThat(blue.settlements()).isEqualTo(2);
    assertThat(blue.cityNames()).containsExactly("Ringcity");
    assertThat(of(january, "blue").cityNames()).containsExactly("Ringcity", "Redton", "Sharetown");
    assertThat(of(january, "blue").settlements()).isEqualTo(6);
  }

  @Test
  void cityShareListsTheContestedCitiesWithAStatedShare() {
    assertThat(of(june, "red").city_shares())
        .containsExactly(new ActorFigures.CityShare(3, "Sharetown", 0.6));
    assertThat(of(june, "blue").city_shares())
        .containsExactly(new ActorFigures.CityShare(3, "Sharetown", 0.4));
    assertThat(of(january, "blue").city_shares()).isEmpty();
  }

  @Test
  void observationsAndSourcesAreThoseThatDecideTheActorsGround() {
    assertThat(of(june, "red").observations()).isEqualTo(2);
    assertThat(of(june, "red").sources()).isEqualTo(2);
    assertThat(of(june, "blue").observations()).isEqualTo(3);
    assertThat(of(june, "green").observations()).isZero();
    Method m = june.method();
    assertThat(List.of(
            m.observationsTotal(),
            m.observationsInEffect(),
            m.observationsDeciding(),
            m.sources(),
            m.areaObservations(),
            m.observedPlaces()))
        .containsExactly(5, 5, 5, 5, 5, 0);
    assertThat(m.sourceKinds()).isEqualTo(Map.of("news", 5));
    // on the January date only OLD has begun; the implied holders rest on no observation of their
    // own
    assertThat(List.of(
            january.method().observationsInEffect(), january.method().observationsDeciding()))
        .containsExactly(1, 1);
    assertThat(of(january, "blue").observations()).isEqualTo(1);
  }

  @Test
  void theAreaIsPutInTermsOfTheReferenceCountry() {
    assertThat(of(june, "red").comparison()).hasValueSatisfying(c -> {
      assertThat(c.text()).isEqualTo("about 54% of Refland");
      assertThat(c.ratio()).isEqualTo(0.54);
      assertThat(c.reference_km2()).isEqualTo(7892.0);
    });
    assertThat(of(january, "blue").comparison().orElseThrow().text())
        .isEqualTo("about 1.7 times Refland");
    assertThat(of(june, "green").comparison()).isEmpty();
  }
}
