package io.frontline.app.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.app.SmallView;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.StoreAccess;
import io.frontline.contract.StoreFixtures;
import io.frontline.events.Event;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.SuggestionRule;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.FuzzyDate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generate, list, edit, accept and reject against a real store in a temporary folder. */
class SuggestionsTest {
  static final LocalDate FROM = LocalDate.of(2014, 1, 1);
  static final LocalDate TO = LocalDate.of(2019, 12, 31);

  @TempDir
  Path dir;

  SmallView view;
  Suggestions suggestions;

  @BeforeEach
  void open() {
    view = new SmallView(dir);
    StoreAccess access = StoreAccess.direct(view.store());
    suggestions = new Suggestions(
        access,
        new ObservationWrites(access, view.actors(), List::of),
        Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));
    Place mosul = StoreFixtures.places().stream()
        .filter(p -> p.id() == StoreFixtures.MOSUL)
        .findFirst()
        .orElseThrow();
    view.store()
        .addEvents(List.of(battle("1", "2016-10-20", mosul), battle("2", "2016-10-22", mosul)));
  }

  @AfterEach
  void close() {
    view.close();
  }

  static Event battle(String id, String date, Place near) {
    return new Event(
        "ucdp-ged",
        id,
        "",
        FuzzyDate.parse(date),
        near.lon() + 0.01,
        near.lat(),
        LocationPrecision.EXACT,
        "Iraq",
        "",
        "state-based",
        "",
        List.of(new Side.Known("iraq", "Government of Iraq"), new Side.Known("isis", "IS")),
        null,
        1,
        "");
  }

  @Test
  void battlesNearMosulBecomeAPendingSuggestionOnce() {
    Suggestions.Generated first = suggestions.generate(view, SuggestionRule.DEFAULT, FROM, TO);
    assertThat(first.events()).isEqualTo(2);
    assertThat(first.added()).isEqualTo(1);
    assertThat(suggestions.generate(view, SuggestionRule.DEFAULT, FROM, TO).added())
        .isZero();
    StoredSuggestion s = suggestions.list(Optional.of("pending")).suggestions().get(0);
    assertThat(s.suggestion().key()).isEqualTo("isis:contested:iraq");
    assertThat(s.suggestion().evidence()).containsExactly("ucdp-ged:1", "ucdp-ged:2");
    assertThat(SuggestionList.json(s).get("map_said").asText()).isEqualTo("isis:controls");
  }

  @Test
  void anAcceptedSuggestionIsAnObservationCitingItsEvents() {
    suggestions.generate(view, SuggestionRule.DEFAULT, FROM, TO);
    long id = suggestions.list(Optional.empty()).suggestions().get(0).id();
    suggestions.edit(id, null, null, null, "2016-10-21", "desk");
    Suggestions.Accepted accepted = suggestions.accept(id, "desk");
    Observation o = accepted.observation().observation();
    assertThat(o.statement().status()).isEqualTo(Status.CONTESTED);
    assertThat(o.statement().date()).isEqualTo(FuzzyDate.parse("2016-10-21"));
    assertThat(o.statement().source().citation()).isEqualTo("ucdp-ged:1 ucdp-ged:2");
    assertThat(o.statement().source().grade()).hasToString("B3");
    assertThat(accepted.suggestion().observationId()).isEqualTo(o.id());
    assertThat(accepted.suggestion().suggested().date()).isEqualTo(FuzzyDate.parse("2016-10-20"));
    assertThatThrownBy(() -> suggestions.reject(id, "wrong", "desk"))
        .isInstanceOf(Refusal.class)
        .extracting(e -> ((Refusal) e).kind())
        .isEqualTo(Refusal.Kind.CONFLICT);
  }

  @Test
  void aRejectionNeedsAReasonAndIsKept() {
    suggestions.generate(view, SuggestionRule.DEFAULT, FROM, TO);
    long id = suggestions.list(Optional.empty()).suggestions().get(0).id();
    assertThatThrownBy(() -> suggestions.reject(id, " ", "desk")).isInstanceOf(Refusal.class);
    StoredSuggestion rejected = suggestions.reject(id, "the battles were at the airport", "desk");
    assertThat(rejected.reason()).isEqualTo("the battles were at the airport");
    assertThat(suggestions.list(Optional.of("rejected")).suggestions()).hasSize(1);
    assertThatThrownBy(() -> suggestions.get(999)).isInstanceOf(Refusal.class);
  }
}
