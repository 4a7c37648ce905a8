package io.frontline.observations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.geometry.Geometries;
import io.frontline.timeline.FuzzyDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;

class StatementTest {
  private static final Subject MOSUL = new Subject.PlaceRef(99072);
  private static final Subject IRAQ =
      new Subject.Area(Geometries.FACTORY.toGeometry(new Envelope(39, 48, 29, 37)), "Iraq");
  private static final Source SOURCE = Source.ofUrl("https://a.example/1", SourceKind.NEWS);
  private static final FuzzyDate DAY = FuzzyDate.parse("2017-01-24");

  private static Statement contested(Double share) {
    return new Statement(
        MOSUL,
        "iraq",
        Status.CONTESTED,
        "islamic-state",
        DAY,
        SOURCE,
        Confidence.MEDIUM,
        "",
        share);
  }

  @Test
  void aContestedStatementMayStateTheActorsShare() {
    assertThat(contested(0.5).findShare()).contains(0.5);
    assertThat(contested(null).findShare()).isEmpty();
    assertThat(new Statement(
                MOSUL,
                "iraq",
                Status.CONTESTED,
                "islamic-state",
                DAY,
                SOURCE,
                Confidence.MEDIUM,
                "")
            .share())
        .isNull();
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.2, 1.5, Double.NaN})
  void refusesAShareOutsideZeroToOne(double share) {
    assertThatThrownBy(() -> contested(share))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("share must be between 0 and 1 (exclusive), was ");
  }

  @Test
  void refusesAShareOnAnyOtherStatus() {
    assertThatThrownBy(
            () -> new Statement(MOSUL, "iraq", Status.CONTROLS, null, DAY, SOURCE, null, "", 0.5))
        .hasMessage(
            "a share is stated only for a contested place or area, the status was controls");
  }

  @Test
  void anEndsStatementIsAboutAnAreaAndNamesNoOtherParty() {
    Statement ends = new Statement(IRAQ, "islamic-state", Status.ENDS, null, DAY, SOURCE, null, "");
    assertThat(ends.status().code()).isEqualTo("ends");
    assertThat(Status.parse("ends")).isEqualTo(Status.ENDS);
    assertThatThrownBy(
            () -> new Statement(MOSUL, "islamic-state", Status.ENDS, null, DAY, SOURCE, null, ""))
        .hasMessage("an ends observation is about an area (a region), not a place");
    assertThatThrownBy(
            () -> new Statement(IRAQ, "islamic-state", Status.ENDS, "iraq", DAY, SOURCE, null, ""))
        .hasMessage("an ends observation names no other party, from_actor was iraq");
  }

  @Test
  void aSourceMayCarryAGrade() {
    Source graded =
        new Source("", List.of("https://a.example/1"), "", SourceKind.NEWS, Grade.parse(" b2 "));
    assertThat(graded.grade()).isEqualTo(new Grade('B', 2));
    assertThat(graded.gradeCode()).isEqualTo("B2");
    assertThat(SOURCE.grade()).isNull();
    assertThat(SOURCE.gradeCode()).isEmpty();
    assertThat(graded.key()).isEqualTo(SOURCE.key());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "B", "G2", "B0", "B7", "2B", "B22", "AB"})
  void refusesAMalformedGrade(String text) {
    assertThatThrownBy(() -> Grade.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "source grade must be an Admiralty code, a letter A-F (reliability) then a digit 1-6 "
                + "(credibility) such as B2, was '" + text + "'");
  }
}
