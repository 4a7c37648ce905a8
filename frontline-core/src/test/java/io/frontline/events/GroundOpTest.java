package io.frontline.events;

import static io.frontline.observations.Confidence.HIGH;
import static io.frontline.observations.Status.CONTESTED;
import static io.frontline.observations.Status.CONTROLS;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.observations.Observation;
import io.frontline.testing.MemoryBasemap;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.testing.Observations;
import io.frontline.timeline.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GroundOpTest {
  static final MemoryGazetteer GAZETTEER = new MemoryGazetteer(List.of(
      MemoryGazetteer.place(1, "Alpha", 35, 38, 100_000, "SY"),
      MemoryGazetteer.place(2, "Bravo", 35, 39, 20_000, "SY"),
      MemoryGazetteer.place(3, "Charlie", 35, 40, 5_000, "SY")));
  static final MemoryBasemap BASEMAP =
      new MemoryBasemap(List.of(MemoryBasemap.box("SY", "Syria", 36, 32, 42, 37)));

  final Observations obs = new Observations();
  final Observation alphaFalls = obs.place(1, "is", CONTROLS, "syria", "2014-06-10", HIGH);
  final Observation alphaRetaken = obs.place(1, "syria", CONTROLS, "is", "2016-03-27", HIGH);
  final Observation bravoContested = obs.place(2, "sdf", CONTESTED, "is", "2015-02-01", HIGH);
  final ControlIndex index = new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT)
      .build(List.of(alphaFalls, alphaRetaken, bravoContested));
  final GroundOp op = new GroundOp(index);

  Ground at(double lat, double lon, String date) {
    return op.at(lon, lat, FuzzyDate.parse(date), LocationPrecision.EXACT);
  }

  @Test
  void aDayPreciseEventGetsTheHolderAndTheDecidingObservation() {
    Ground g = at(35.01, 38.01, "2015-01-01");
    assertThat(g).isInstanceOf(Ground.Held.class);
    Ground.Held held = (Ground.Held) g;
    assertThat(held.holding().holder()).isEqualTo("is");
    assertThat(held.decidingObservationId()).isEqualTo(alphaFalls.id());
    assertThat(((Ground.Held) at(35.01, 38.01, "2016-03-27")).holding().holder())
        .isEqualTo("syria");
    assertThat(((Ground.Held) at(35.01, 38.01, "2016-03-27")).decidingObservationId())
        .isEqualTo(alphaRetaken.id());
  }

  @Test
  void theImpliedHolderHoldsBeforeTheCaptureAndNobodyBeforeThat() {
    Ground before = at(35, 38, "2014-06-09");
    assertThat(((Ground.Held) before).holding().holder()).isEqualTo("syria");
    assertThat(((Ground.Held) before).holding().decidedBy().implied()).isTrue();
    assertThat(at(35, 38, "2013-01-01")).isEqualTo(Ground.Unheld.NOBODY);
  }

  @Test
  void aContestedPlaceIsContestedWithBothParties() {
    Ground.Held g = (Ground.Held) at(35, 39, "2015-02-01");
    assertThat(g.holding().status()).isEqualTo(CONTESTED);
    assertThat(g.holding().holder()).isEqualTo("sdf");
    assertThat(g.holding().other()).isEqualTo("is");
  }

  @Test
  void aYearPreciseDateGetsTheHolderOnlyWhenItLastedTheYear() {
    Ground y2015 = at(35, 38, "2015");
    assertThat(((Ground.Held) y2015).holding().holder()).isEqualTo("is");
    Ground y2014 = at(35, 38, "2014");
    assertThat(y2014).isInstanceOf(Ground.Changed.class);
    assertThat(((Ground.Changed) y2014).seen())
        .extracting(h -> h.holder())
        .containsExactly("syria", "is");
    assertThat(((Ground.Changed) y2014).unheldToo()).isFalse();
    Ground march2016 = at(35, 38, "2016-03");
    assertThat(((Ground.Changed) march2016).seen())
        .extracting(h -> h.holder())
        .containsExactly("is", "syria");
    Ground y2013 = at(35, 38, "2013");
    assertThat(((Ground.Changed) y2013).unheldToo())
        .as("nobody held it before June 2013")
        .isTrue();
    assertThat(((Ground.Changed) y2013).seen())
        .extracting(h -> h.holder())
        .containsExactly("syria");
  }

  @Test
  void coarseLocationsGetNoPointAnswer() {
    assertThat(op.at(38, 35, FuzzyDate.parse("2015-01-01"), LocationPrecision.PROVINCE))
        .isEqualTo(new Ground.NoPoint(LocationPrecision.PROVINCE));
    assertThat(op.at(38, 35, FuzzyDate.parse("2015-01-01"), LocationPrecision.DISTRICT)
            .kind())
        .isEqualTo("no-point");
    assertThat(
            op.at(38, 35, FuzzyDate.parse("2015-01-01"), LocationPrecision.NEAR).kind())
        .isEqualTo("held");
  }

  @Test
  void groundOutsideEveryAtomIsOutside() {
    assertThat(at(35, 45, "2015-01-01")).isEqualTo(Ground.Unheld.OUTSIDE);
    assertThat(at(-10, 38, "2015-01-01")).isEqualTo(Ground.Unheld.OUTSIDE);
  }

  @Test
  void batchesGiveTheSameAnswersAsSingleEvents() {
    Event e = new Event(
        "test",
        "1",
        "",
        FuzzyDate.parse("2015-06-01"),
        38.01,
        35.01,
        LocationPrecision.EXACT,
        "",
        "",
        "",
        "",
        List.of(),
        null,
        1,
        "");
    Ground[] all = op.of(java.util.Collections.nCopies(10_000, e));
    assertThat(all).hasSize(10_000).containsOnly(op.of(e));
  }
}
