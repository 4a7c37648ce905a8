package io.frontline.control;

import static io.frontline.observations.Confidence.HIGH;
import static io.frontline.observations.Confidence.LOW;
import static io.frontline.observations.Confidence.MEDIUM;
import static io.frontline.observations.Status.BESIEGED;
import static io.frontline.observations.Status.CONTESTED;
import static io.frontline.observations.Status.CONTROLS;
import static io.frontline.observations.Status.PRESENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.geometry.GeodesicArea;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.testing.MemoryBasemap;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ControlIndexTest {
  static final long A = 1;
  static final long B = 2;
  static final long C = 3;
  static final long D = 4;
  static final long EDGE = 5;
  static final MemoryGazetteer GAZETTEER = new MemoryGazetteer(List.of(
      MemoryGazetteer.place(A, "Alpha", 35, 38, 100_000, "SY"),
      MemoryGazetteer.place(B, "Bravo", 35, 39, 20_000, "SY"),
      MemoryGazetteer.place(C, "Charlie", 35, 40, 5_000, "SY"),
      MemoryGazetteer.place(D, "Delta", 35.05, 38.1, 1_000, "SY"),
      MemoryGazetteer.place(EDGE, "Edge", 35, 36.05, 2_000, "SY")));
  static final MemoryBasemap BASEMAP =
      new MemoryBasemap(List.of(MemoryBasemap.box("SY", "Syria", 36, 32, 42, 37)));
  static final double DISC_KM2 = GeodesicArea.km2(
      GeodesicCircle.around(35, 38, ZoneConfig.DEFAULT.radius_km() * 1000, 72, Geometries.FACTORY));

  final Observations obs = new Observations();

  ControlIndex indexWith(ZoneConfig config, Observation... observations) {
    return new ControlIndexBuilder(GAZETTEER, BASEMAP, config).build(List.of(observations));
  }

  ControlIndex index(Observation... observations) {
    return new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT)
        .build(List.of(observations));
  }

  static Holding at(ControlIndex index, long placeId, String date) {
    return index.findSite(placeId).orElseThrow().at(LocalDate.parse(date)).orElseThrow();
  }

  @Test
  void laterObservationWinsAndCaptureImpliesThePreviousHolder() {
    ControlIndex index = index(
        obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(A, "syria", CONTROLS, "is", "2016-03-27", HIGH));
    assertThat(at(index, A, "2014-01-01").holder()).isEqualTo("syria");
    assertThat(at(index, A, "2014-01-01").decidedBy().implied()).isTrue();
    assertThat(at(index, A, "2014-06-09").holder()).isEqualTo("syria");
    assertThat(at(index, A, "2014-06-10").holder()).isEqualTo("is");
    assertThat(at(index, A, "2016-03-26").holder()).isEqualTo("is");
    assertThat(at(index, A, "2016-03-27").holder()).isEqualTo("syria");
    assertThat(index.findSite(A).orElseThrow().at(LocalDate.parse("2013-06-09")))
        .as("the implied holder holds only for a year before the capture")
        .isEmpty();
  }

  @Test
  void monthPreciseDateTakesEffectFromTheFirstDayOfTheMonth() {
    ControlIndex index = index(
        obs.place(B, "is", CONTROLS, "iraq", "2014-06", MEDIUM),
        obs.place(B, "iraq", CONTROLS, "is", "2014-06-20", HIGH));
    assertThat(at(index, B, "2014-05-31").holder()).isEqualTo("iraq");
    assertThat(at(index, B, "2014-06-01").holder()).isEqualTo("is");
    assertThat(at(index, B, "2014-06-19").holder()).isEqualTo("is");
    assertThat(at(index, B, "2014-06-20").holder()).isEqualTo("iraq");
  }

  @Test
  void onTheSameStartDayTheMorePreciseThenTheMoreConfidentWins() {
    ControlIndex byPrecision = index(
        obs.place(B, "sdf", CONTROLS, null, "2015-06-01", LOW),
        obs.place(B, "is", CONTROLS, null, "2015-06", HIGH));
    assertThat(at(byPrecision, B, "2015-06-15").holder()).isEqualTo("sdf");
    ControlIndex byConfidence = index(
        obs.place(B, "sdf", CONTROLS, null, "2015-06-02", HIGH),
        obs.place(B, "is", CONTROLS, null, "2015-06-02", LOW));
    assertThat(at(byConfidence, B, "2015-06-02").holder()).isEqualTo("sdf");
  }

  @Test
  void presenceDoesNotChangeControl() {
    ControlIndex index = index(
        obs.place(A, "syria", CONTROLS, null, "2014-01-01", HIGH),
        obs.place(A, "is", PRESENCE, null, "2015-01-01", HIGH));
    assertThat(at(index, A, "2015-06-01").holder()).isEqualTo("syria");
  }

  @Test
  void aFirstReportOfHoldingImpliesItsHolderForABoundedTimeBefore() {
    ControlIndex index = index(obs.place(A, "is", CONTROLS, null, "2014-06-10", HIGH));
    assertThat(at(index, A, "2014-06-09").holder()).isEqualTo("is");
    assertThat(at(index, A, "2014-06-09").decidedBy().implied()).isTrue();
    assertThat(at(index, A, "2014-06-10").decidedBy().implied()).isFalse();
    assertThat(index.findSite(A).orElseThrow().at(LocalDate.parse("2013-06-09")))
        .isEmpty();
    assertThat(index.mapAt(LocalDate.parse("2013-06-09")).pieces()).isEmpty();
  }

  static double area(ControlIndex index, String actor, String date) {
    LocalDate day = LocalDate.parse(date);
    return new io.frontline.figures.SeriesOp(index)
        .series(actor, day, day)
        .get(0)
        .area_km2();
  }

  @Test
  void aTownHoldsTheCellsWithinItsRadiusAndNothingBeyondWhenAlone() {
    ControlIndex index = index(obs.place(C, "is", CONTROLS, null, "2014-01-01", HIGH));
    assertThat(area(index, "is", "2014-06-01"))
        .as("cells of 10 km approximate the disc")
        .isCloseTo(DISC_KM2, within(DISC_KM2 * 0.2));
    assertThat(index.atoms()).allSatisfy(a -> assertThat(
            a.at(LocalDate.parse("2014-06-01")).map(Holding::inferred).orElse(false))
        .isFalse());
  }

  @Test
  void groundBetweenTwoAgreeingTownsIsInferredAndDisagreeingTownsLeaveItToNobody() {
    // B and C are 91 km apart: a reach of 60 km infers the ground between them beyond both zones
    ControlIndex agree = indexWith(
        ZoneConfig.DEFAULT.withInferReach(60),
        obs.place(B, "is", CONTROLS, null, "2014-01-01", HIGH),
        obs.place(C, "is", CONTROLS, null, "2014-01-01", HIGH));
    double inferred = agree.atoms().stream()
        .filter(a -> a.at(LocalDate.parse("2014-06-01")).map(Holding::inferred).orElse(false))
        .mapToDouble(Atom::area_km2)
        .sum();
    assertThat(inferred)
        .as("B and C are 91 km apart: ground beyond both zones lies between them")
        .isPositive();
    assertThat(area(agree, "is", "2014-06-01")).isGreaterThan(2 * DISC_KM2 * 0.8 + inferred * 0.9);
    ControlIndex disagree = index(
        obs.place(B, "is", CONTROLS, null, "2014-01-01", HIGH),
        obs.place(C, "ypg", CONTROLS, null, "2014-01-01", HIGH));
    assertThat(disagree.atoms()).allSatisfy(a -> assertThat(
            a.at(LocalDate.parse("2014-06-01")).map(Holding::inferred).orElse(false))
        .isFalse());
    assertThat(area(disagree, "is", "2014-06-01")).isLessThan(DISC_KM2 * 1.2);
  }

  @Test
  void aPlaceFirstObservedLaterDoesNotReshapeTheGroundOfAnEarlierDate() {
    ControlIndex before = index(obs.place(B, "is", CONTROLS, null, "2014-01-01", HIGH));
    ControlIndex after = index(
        obs.place(B, "is", CONTROLS, null, "2014-01-01", HIGH),
        obs.place(C, "ypg", CONTROLS, null, "2018-01-01", HIGH),
        obs.place(D, "syria", CONTROLS, null, "2018-02-01", HIGH));
    for (String date : List.of("2014-06-01", "2016-01-01", "2017-12-31")) {
      assertThat(area(after, "is", date)).as(date).isEqualTo(area(before, "is", date));
    }
    assertThat(area(after, "ypg", "2016-12-31"))
        .as("before the holder implied by C's first report")
        .isZero();
    assertThat(area(after, "ypg", "2018-03-01")).isPositive();
  }

  @Test
  void aRegionWideEndEndsWhatTheActorHeldThereButNotALaterReturn() {
    var region = Geometries.FACTORY.toGeometry(new Envelope(36, 42, 32, 37));
    ControlIndex index = index(
        obs.place(B, "is", CONTROLS, null, "2014-01-01", HIGH),
        obs.place(C, "is", CONTESTED, "ypg", "2014-01-01", HIGH),
        obs.area(region, "is", io.frontline.observations.Status.ENDS, "2017-12-09"),
        obs.place(D, "is", CONTROLS, "syria", "2018-06-01", HIGH));
    assertThat(at(index, B, "2017-12-08").holder()).isEqualTo("is");
    assertThat(index.findSite(B).orElseThrow().at(LocalDate.parse("2017-12-09")))
        .isEmpty();
    assertThat(at(index, C, "2017-12-09").holder()).isEqualTo("ypg");
    assertThat(at(index, C, "2017-12-09").status()).isEqualTo(CONTROLS);
    assertThat(area(index, "is", "2018-01-01")).isZero();
    assertThat(at(index, D, "2018-06-01").holder())
        .as("a return after the end stands")
        .isEqualTo("is");
  }

  @Test
  void theRangeHoldsTheFigure() {
    ControlIndex index = index(
        obs.place(B, "is", CONTROLS, "syria", "2014-06-01", HIGH),
        obs.place(C, "is", CONTROLS, null, "2014-01-01", LOW));
    for (String date : List.of("2014-03-01", "2014-07-01")) {
      var p = new io.frontline.figures.SeriesOp(index)
          .series("is", LocalDate.parse(date), LocalDate.parse(date))
          .get(0);
      assertThat(p.area_low_km2()).as(date).isLessThan(p.area_km2());
      assertThat(p.area_high_km2()).as(date).isGreaterThan(p.area_km2());
    }
  }

  @Test
  void groundIsClippedToTheCountry() {
    ControlIndex index = index(obs.place(EDGE, "is", CONTROLS, null, "2014-01-01", HIGH));
    for (Atom atom : index.atoms()) {
      assertThat(atom.geometry().getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(36 - 1e-9);
    }
    assertThat(area(index, "is", "2014-06-01")).isLessThan(DISC_KM2 * 0.7);
  }

  @Test
  void aDrawnAreaOverridesTheGroundWhereItIsMoreRecent() {
    var west = Geometries.FACTORY.toGeometry(new Envelope(37.0, 38.0, 34.0, 36.0));
    ControlIndex index = index(
        obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.area(west, "sdf", CONTROLS, "2016-01-01"));
    var before = new io.frontline.figures.SeriesOp(index)
        .series("is", LocalDate.parse("2015-12-31"), LocalDate.parse("2016-01-01"));
    assertThat(before.get(0).area_km2()).isCloseTo(DISC_KM2, within(DISC_KM2 * 0.2));
    assertThat(before.get(1).area_km2())
        .isCloseTo(before.get(0).area_km2() / 2, within(DISC_KM2 * 0.1));
    assertThat(at(index, A, "2016-02-01").holder())
        .as("A lies on the area's east edge")
        .isEqualTo("sdf");
  }

  @Test
  void besiegedGroundStaysWithItsHolderAndContestedGroundWithNobody() {
    ControlIndex index = index(
        obs.place(A, "is", BESIEGED, "syria", "2014-07-01", HIGH),
        obs.place(C, "is", CONTESTED, "ypg", "2014-09-16", HIGH));
    Holding a = at(index, A, "2015-01-01");
    assertThat(a.holder()).isEqualTo("syria");
    assertThat(a.heldBy("syria")).isTrue();
    Holding c = at(index, C, "2015-01-01");
    assertThat(c.controller()).isEmpty();
    assertThat(c.contestedBy("ypg")).isTrue();
    assertThat(c.contestedBy("is")).isTrue();
    assertThat(at(index, C, "2014-09-15").holder()).isEqualTo("ypg");
  }

  @Test
  void historyListsPeriodsWithTheirObservations() {
    ControlIndex index = index(
        obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(A, "is", CONTROLS, null, "2015-01-01", HIGH),
        obs.place(A, "syria", CONTROLS, "is", "2016-03-27", HIGH));
    List<PlaceHistoryOp.Period> periods =
        new PlaceHistoryOp().history(index.findSite(A).orElseThrow());
    assertThat(periods)
        .extracting(PlaceHistoryOp.Period::holder)
        .containsExactly("syria", "is", "syria");
    assertThat(periods.get(0).from()).isEqualTo(LocalDate.parse("2013-06-10"));
    assertThat(periods.get(0).implied()).isTrue();
    assertThat(periods.get(1).from()).isEqualTo(LocalDate.parse("2014-06-10"));
    assertThat(periods.get(1).until()).isEqualTo(LocalDate.parse("2016-03-27"));
    assertThat(periods.get(2).until()).isNull();
  }

  /** The same observations give the same atoms, in the same order and vertex for vertex, build after build. */
  @Test
  void atomsAreTheSameEveryTime() {
    var west = Geometries.FACTORY.toGeometry(new Envelope(37.0, 38.3, 34.0, 36.0));
    var east = Geometries.FACTORY.toGeometry(new Envelope(38.6, 39.4, 34.5, 35.5));
    Observation[] all = {
      obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
      obs.place(B, "is", CONTROLS, null, "2014-08", MEDIUM),
      obs.place(C, "ypg", CONTROLS, null, "2014-09-16", HIGH),
      obs.place(D, "is", BESIEGED, "syria", "2015-02-01", LOW),
      obs.area(west, "sdf", CONTROLS, "2015-01-01"),
      obs.area(east, "syria", CONTROLS, "2015-03-01")
    };
    List<Atom> first = index(all).atoms();
    for (int run = 0; run < 5; run++) {
      List<Atom> again = index(all).atoms();
      assertThat(again).hasSameSizeAs(first);
      for (int i = 0; i < first.size(); i++) {
        assertThat(again.get(i).geometry().equalsExact(first.get(i).geometry()))
            .as("atom %d", i)
            .isTrue();
      }
    }
    assertThat(first.size()).as("the areas split zones").isGreaterThan(4);
  }

  /**
   * A new observation of a place already observed leaves every footprint's shape as it was: the next build reuses the
   * layout (zones, faces, settlements) and gives what a build from scratch gives. A newly observed place makes the
   * layout again.
   */
  @Test
  void aLaterBuildReusesTheLayoutWhileTheFootprintsKeepTheirShapes() {
    var west = Geometries.FACTORY.toGeometry(new Envelope(37.0, 38.3, 34.0, 36.0));
    List<Observation> base = List.of(
        obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(B, "is", CONTROLS, null, "2014-08", MEDIUM),
        obs.place(C, "ypg", CONTESTED, "is", "2014-09-16", HIGH),
        obs.area(west, "sdf", CONTROLS, "2015-01-01"));
    LayoutMemo memo = new LayoutMemo();
    new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT, memo).build(base);
    List<Observation> more = new java.util.ArrayList<>(base);
    more.add(obs.place(B, "ypg", CONTROLS, "is", "2015-03-20", HIGH));
    more.add(obs.place(A, "syria", CONTROLS, "is", "2015-05-05", HIGH));
    ControlIndex reused =
        new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT, memo).build(more);
    assertThat(memo.reused()).isEqualTo(1);
    assertSameIndex(reused, index(more.toArray(Observation[]::new)));
    assertThat(at(reused, B, "2015-04-01").holder()).isEqualTo("ypg");

    more.add(obs.place(EDGE, "sdf", CONTROLS, null, "2015-06-01", HIGH));
    ControlIndex remade =
        new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT, memo).build(more);
    assertThat(memo.reused()).as("a new zone changes the layout").isEqualTo(1);
    assertSameIndex(remade, index(more.toArray(Observation[]::new)));
    assertThat(remade.findSite(EDGE)).isPresent();
  }

  private static void assertSameIndex(ControlIndex actual, ControlIndex expected) {
    assertThat(actual.atoms()).hasSameSizeAs(expected.atoms());
    assertThat(actual.sites()).hasSameSizeAs(expected.sites());
    List<LocalDate> dates = List.of(
        LocalDate.parse("2014-01-01"),
        LocalDate.parse("2014-09-20"),
        LocalDate.parse("2015-04-01"),
        LocalDate.parse("2015-07-01"));
    for (int i = 0; i < expected.atoms().size(); i++) {
      Atom a = actual.atoms().get(i);
      Atom e = expected.atoms().get(i);
      assertThat(a.geometry().equalsExact(e.geometry())).as("atom %d", i).isTrue();
      assertThat(a.area_km2()).isEqualTo(e.area_km2());
      dates.forEach(
          d -> assertThat(a.at(d).map(Holding::holder)).isEqualTo(e.at(d).map(Holding::holder)));
    }
    for (int i = 0; i < expected.sites().size(); i++) {
      Site a = actual.sites().get(i);
      Site e = expected.sites().get(i);
      assertThat(a.place().id()).isEqualTo(e.place().id());
      dates.forEach(
          d -> assertThat(a.at(d).map(Holding::status)).isEqualTo(e.at(d).map(Holding::status)));
    }
  }

  /** The series' one-pass sweep gives, day by day, what the map of each day gives. */
  @Test
  void theSeriesAgreesWithTheMapOfEveryDay() {
    var west = Geometries.FACTORY.toGeometry(new Envelope(37.0, 38.3, 34.0, 36.0));
    ControlIndex index = index(
        obs.place(A, "is", CONTROLS, "syria", "2014-06-10", HIGH),
        obs.place(B, "is", CONTROLS, null, "2014-08", MEDIUM),
        obs.place(C, "is", CONTESTED, "ypg", "2014-09-16", HIGH),
        obs.place(D, "is", BESIEGED, "syria", "2015-02-01", LOW),
        obs.place(B, "ypg", CONTROLS, "is", "2015-03-20", HIGH),
        obs.area(west, "sdf", CONTROLS, "2015-01-01"),
        obs.place(A, "syria", CONTROLS, "is", "2015-05-05", HIGH));
    LocalDate from = LocalDate.parse("2014-05-01");
    LocalDate to = LocalDate.parse("2015-07-01");
    for (String actor : List.of("is", "syria", "ypg", "sdf")) {
      var series = new io.frontline.figures.SeriesOp(index).series(actor, from, to);
      assertThat(series).hasSize((int) (to.toEpochDay() - from.toEpochDay() + 1));
      for (var point : series) {
        double area = 0;
        double contested = 0;
        for (Atom atom : index.atoms()) {
          Holding h = atom.at(point.date()).orElse(null);
          area += h != null && h.heldBy(actor) ? atom.area_km2() : 0;
          contested += h != null && h.contestedBy(actor) ? atom.area_km2() : 0;
        }
        long population = 0;
        int settlements = 0;
        for (Site site : index.sites()) {
          Holding h = site.at(point.date()).orElse(null);
          if (h != null && h.heldBy(actor)) {
            population += site.population();
            settlements++;
          }
        }
        assertThat(point.area_km2())
            .as("%s on %s", actor, point.date())
            .isCloseTo(area, within(0.051));
        assertThat(point.contested_km2()).isCloseTo(contested, within(0.051));
        assertThat(point.population()).isEqualTo(population);
        assertThat(point.settlements()).isEqualTo(settlements);
      }
    }
    assertThat(new io.frontline.figures.SeriesOp(index)
            .series("syria", to, to)
            .get(0)
            .area_km2())
        .isPositive();
    LocalDate before = LocalDate.parse("2013-01-01");
    assertThat(new io.frontline.figures.SeriesOp(index)
            .series("is", before, before)
            .get(0)
            .area_km2())
        .isZero();
  }

  static Footprint footprint(ControlIndex index, long placeId) {
    return index.footprints().stream()
        .filter(f -> f.placeId() == placeId)
        .findFirst()
        .orElseThrow();
  }
}
