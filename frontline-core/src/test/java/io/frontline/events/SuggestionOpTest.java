package io.frontline.events;

import static io.frontline.observations.Confidence.HIGH;
import static io.frontline.observations.Status.CONTESTED;
import static io.frontline.observations.Status.CONTROLS;
import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.observations.Observation;
import io.frontline.testing.Observations;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionOpTest {
  final Observations obs = new Observations();
  final Observation alphaFalls = obs.place(1, "is", CONTROLS, "syria", "2014-06-10", HIGH);
  final Observation alphaRetaken = obs.place(1, "syria", CONTROLS, "is", "2016-03-27", HIGH);
  final Observation bravoContested = obs.place(2, "sdf", CONTESTED, "is", "2015-02-01", HIGH);
  final ControlIndex index = new ControlIndexBuilder(
          GroundOpTest.GAZETTEER, GroundOpTest.BASEMAP, ZoneConfig.DEFAULT)
      .build(List.of(alphaFalls, alphaRetaken, bravoContested));
  final SuggestionOp op = new SuggestionOp(index, SuggestionRule.DEFAULT);
  int next = 1;

  Event battle(String date, double lat, double lon, String a, String b) {
    return new Event(
        "ucdp-ged",
        Integer.toString(next++),
        "",
        FuzzyDate.parse(date),
        lon,
        lat,
        LocationPrecision.EXACT,
        "Syria",
        "",
        "state-based",
        "",
        List.of(new Side.Known(a, a), new Side.Known(b, b)),
        null,
        1,
        "");
  }

  Event strike(String date, double lat, double lon, String target) {
    return new Event(
        "oir-strikes",
        Integer.toString(next++),
        "",
        FuzzyDate.parse(date),
        lon,
        lat,
        LocationPrecision.NEAR,
        "Syria",
        "",
        "airstrike",
        "",
        List.of(new Side.Unmapped("CJTF-OIR"), new Side.Known(target, "ISIL")),
        null,
        1,
        "");
  }

  @Test
  void battlesNearAPlaceOneSideHoldsSuggestItContested() {
    Event first = battle("2015-01-06", 35.02, 38.02, "syria", "is");
    Event second = battle("2015-01-08", 34.98, 38.05, "syria", "is");
    List<Suggestion> out =
        op.suggest(List.of(first, second, battle("2015-01-08", 36.5, 38, "syria", "is")));
    assertThat(out).hasSize(1);
    Suggestion s = out.get(0);
    assertThat(s.placeName()).isEqualTo("Alpha");
    assertThat(s.key()).isEqualTo("is:contested:syria");
    assertThat(s.mapSaid()).isEqualTo("is:controls");
    assertThat(s.date()).isEqualTo(FuzzyDate.parse("2015-01-06"));
    assertThat(s.evidence()).containsExactly(first.key(), second.key());
    assertThat(s.confidence()).isBetween(0.3, 0.6);
  }

  @Test
  void oneBattleIsNotEnough() {
    assertThat(op.suggest(List.of(battle("2015-01-06", 35.02, 38.02, "syria", "is"))))
        .isEmpty();
  }

  @Test
  void consecutiveWindowsBecomeOneSuggestionDatedByTheFirst() {
    List<Event> events = new ArrayList<>();
    for (String d : List.of(
        "2015-01-06", "2015-01-08", "2015-01-20", "2015-01-22", "2015-02-03", "2015-02-04")) {
      events.add(battle(d, 35.01, 38.01, "syria", "is"));
    }
    List<Suggestion> out = op.suggest(events);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).date()).isEqualTo(FuzzyDate.parse("2015-01-06"));
    assertThat(out.get(0).evidenceCount()).isEqualTo(6);
  }

  @Test
  void strikesOnAnActorTheMapDoesNotPlaceThereSuggestItsPresence() {
    List<Suggestion> out =
        op.suggest(List.of(strike("2016-08-01", 35, 38, "is"), strike("2016-08-03", 35, 38, "is")));
    assertThat(out).extracting(Suggestion::key).containsExactly("is:presence");
    assertThat(out.get(0).mapSaid()).isEqualTo("syria:controls");
    assertThat(op.suggest(List.of(strike("2016-08-01", 35, 38, "is"))))
        .as("one day of strikes")
        .isEmpty();
  }

  @Test
  void strikesWhereTheMapAlreadyPlacesTheActorSuggestNothingUnlessTheHoldingIsStale() {
    assertThat(op.suggest(
            List.of(strike("2014-07-01", 35, 38, "is"), strike("2014-07-02", 35, 38, "is"))))
        .isEmpty();
    List<Suggestion> stale =
        op.suggest(List.of(strike("2015-06-01", 35, 38, "is"), strike("2015-06-02", 35, 38, "is")));
    assertThat(stale).extracting(Suggestion::key).containsExactly("is:presence");
    assertThat(stale.get(0).confirms()).isTrue();
  }

  @Test
  void yearPreciseEventsGiveAYearLevelSuggestionWithLessConfidence() {
    List<Suggestion> year = op.suggest(List.of(
        battle("2015", 35.01, 38.01, "syria", "is"), battle("2015", 35.02, 38.01, "syria", "is")));
    List<Suggestion> day = op.suggest(List.of(
        battle("2015-05-01", 35.01, 38.01, "syria", "is"),
        battle("2015-05-02", 35.02, 38.01, "syria", "is")));
    assertThat(year).hasSize(1);
    assertThat(year.get(0).date().precision()).isEqualTo(DatePrecision.YEAR);
    assertThat(year.get(0).confidence()).isLessThan(day.get(0).confidence());
  }

  @Test
  void oneSidedViolenceByAnotherActorWithNothingFromTheHolderSuggestsItsControl() {
    Event e1 = new Event(
        "ucdp-ged",
        "91",
        "",
        FuzzyDate.parse("2016-09-01"),
        38,
        35,
        LocationPrecision.EXACT,
        "Syria",
        "",
        "one-sided",
        "",
        List.of(new Side.Known("is", "IS"), new Side.Unmapped("Civilians")),
        null,
        1,
        "");
    Event e2 = new Event(
        "ucdp-ged",
        "92",
        "",
        FuzzyDate.parse("2016-09-02"),
        38,
        35,
        LocationPrecision.EXACT,
        "Syria",
        "",
        "one-sided",
        "",
        List.of(new Side.Known("is", "IS"), new Side.Unmapped("Civilians")),
        null,
        1,
        "");
    assertThat(op.suggest(List.of(e1, e2)))
        .extracting(Suggestion::key)
        .containsExactly("is:controls");
    assertThat(op.suggest(List.of(e1, e2, battle("2016-09-03", 35, 38, "syria", "sdf"))))
        .as("the holder acts there")
        .extracting(Suggestion::key)
        .doesNotContain("is:controls");
  }

  @Test
  void theEvaluationJudgesSuggestionsOnlyAgainstHeldOutPlaces() {
    Observations truth = new Observations();
    Observation contested = truth.place(1, "is", CONTESTED, "syria", "2015-01-20", HIGH);
    Observation held = truth.place(1, "is", CONTROLS, "syria", "2015-03-01", HIGH);
    List<Suggestion> out = new ArrayList<>(op.suggest(List.of(
        battle("2015-01-06", 35.02, 38.02, "syria", "is"),
        battle("2015-01-08", 34.98, 38.05, "syria", "is"),
        strike("2016-08-01", 35, 39, "is"),
        strike("2016-08-03", 35, 39, "is"))));
    assertThat(out).extracting(Suggestion::placeName).contains("Alpha", "Bravo");
    SuggestionEvaluation e = SuggestionEvaluation.of(out, List.of(contested, held), 30);
    assertThat(e.precision().get("contested")).containsExactly(1, 1);
    assertThat(e.precision()).doesNotContainKey("presence");
    assertThat(e.recall().get("contested")).containsExactly(1, 1);
    assertThat(e.recall().get("controls")).containsExactly(0, 1);
    assertThat(e.leadLag_days()).containsExactly(-14L);
    assertThat(e.toMarkdown())
        .contains("| contested | 1 | 1 | 100% | - |")
        .contains("median -14 days");
    ControlIndex full = new ControlIndexBuilder(
            GroundOpTest.GAZETTEER, GroundOpTest.BASEMAP, ZoneConfig.DEFAULT)
        .build(List.of(alphaFalls, alphaRetaken, bravoContested, contested, held));
    SuggestionEvaluation withMap = e.withMap(out, full, java.util.Set.of(1L));
    assertThat(withMap.mapPrecision().get("contested")).containsExactly(1, 1);
    assertThat(withMap.plus(withMap).precision().get("contested")).containsExactly(2, 2);
  }
}
