package io.frontline.control;

import static io.frontline.observations.Confidence.HIGH;
import static io.frontline.observations.Status.CONTROLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.control.ControlIndex.ControlMap;
import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.control.ControlIndex.ControlMap.Part;
import io.frontline.testing.Observations;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlMapTest {
  final Observations obs = new Observations();

  ControlIndex index() {
    return new ControlIndexBuilder(
            ControlIndexTest.GAZETTEER, ControlIndexTest.BASEMAP, ZoneConfig.DEFAULT)
        .build(List.of(
            obs.place(ControlIndexTest.A, "is", CONTROLS, "syria", "2015-01-10", HIGH),
            obs.place(ControlIndexTest.C, "is", CONTROLS, "syria", "2016-01-10", HIGH)));
  }

  static List<Part> parts(ControlMap map, String key) {
    return map.dissolvedByBasis(365).stream().filter(p -> p.key().equals(key)).toList();
  }

  @Test
  void aPieceOlderThanTheLimitIsStaleAndANewerOneObserved() {
    ControlMap map = index().mapAt(LocalDate.parse("2016-06-01"));
    List<Part> is = parts(map, "is:controls");
    assertThat(is).extracting(Part::basis).containsExactly(Basis.OBSERVED, Basis.STALE);
    Part fresh = is.get(0);
    Part stale = is.get(1);
    assertThat(fresh.ageDays()).hasValue(143);
    assertThat(stale.ageDays()).hasValue(508);
    assertThat(stale.oldestDays()).isEqualTo(508);
    assertThat(stale.holding().holder()).isEqualTo("is");
  }

  @Test
  void thePartsTogetherAreTheHoldingsGround() {
    ControlMap map = index().mapAt(LocalDate.parse("2016-06-01"));
    double whole = map.pieces().stream()
        .filter(p -> p.holding().key().equals("is:controls"))
        .mapToDouble(p -> p.atom().area_km2())
        .sum();
    double parts =
        parts(map, "is:controls").stream().mapToDouble(Part::area_km2).sum();
    assertThat(parts).isCloseTo(whole, within(1e-6));
    assertThat(map.dissolved().get("is:controls").getArea())
        .isCloseTo(
            parts(map, "is:controls").stream()
                .mapToDouble(p -> p.geometry().getArea())
                .sum(),
            within(1e-6));
  }

  @Test
  void withinTheLimitEverythingIsObserved() {
    ControlMap map = index().mapAt(LocalDate.parse("2016-01-09"));
    assertThat(parts(map, "is:controls")).extracting(Part::basis).containsExactly(Basis.OBSERVED);
  }

  @Test
  void inferredGroundIsInferredWhateverItsAge() {
    ControlMap map = index().mapAt(LocalDate.parse("2016-06-01"));
    ControlMap.Piece piece = map.pieces().get(0);
    Holding h = piece.holding();
    Holding inferred = new Holding(h.holder(), h.status(), h.other(), h.decidedBy(), true, 40, 45);
    ControlMap.Piece p = new ControlMap.Piece(piece.atom(), inferred);
    assertThat(p.basis(map.date(), 365)).isEqualTo(Basis.INFERRED);
    assertThat(new ControlMap(map.date(), List.of(p)).dissolvedByBasis(365))
        .extracting(Part::basis)
        .containsExactly(Basis.INFERRED);
  }
}
