package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.events.StoredSuggestion;
import io.frontline.events.StoredSuggestion.Review;
import io.frontline.events.Suggestion;
import io.frontline.observations.Status;
import io.frontline.timeline.FuzzyDate;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestionTableTest {
  static final Instant AT = Instant.parse("2026-01-02T03:04:05Z");

  @TempDir
  Path dir;

  static Suggestion contested(String date) {
    return new Suggestion(
        99,
        "Alpha",
        "is",
        Status.CONTESTED,
        "syria",
        FuzzyDate.parse(date),
        "contested",
        "is:controls",
        false,
        List.of("ucdp-ged:1", "ucdp-ged:2"),
        2,
        0.42);
  }

  @Test
  void suggestionsAreAddedOnceReviewedOnceAndNeverDeleted() throws Exception {
    Path file = dir.resolve("s.gpkg");
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      long revision = store.revision();
      assertThat(store.addSuggestions(List.of(contested("2015-01-06"), contested("2015")), AT))
          .isEqualTo(2);
      assertThat(store.addSuggestions(List.of(contested("2015-01-06")), AT))
          .as("already stored")
          .isZero();
      assertThat(store.revision()).isEqualTo(revision);
      List<StoredSuggestion> all = store.suggestions(Optional.empty());
      assertThat(all).hasSize(2);
      StoredSuggestion day = all.stream()
          .filter(s -> s.suggestion().date().equals(FuzzyDate.parse("2015-01-06")))
          .findFirst()
          .orElseThrow();
      assertThat(day.suggestion()).isEqualTo(contested("2015-01-06"));
      assertThat(day.review()).isEqualTo(Review.PENDING);

      StoredSuggestion edited = store.editSuggestion(
          day.id(), "syria", Status.CONTESTED, "is", FuzzyDate.parse("2015-01-10"), "ana", AT);
      assertThat(edited.suggestion().actorId()).isEqualTo("syria");
      assertThat(edited.suggested().actorId()).isEqualTo("is");
      assertThat(edited.editedBy()).isEqualTo("ana");

      StoredSuggestion accepted =
          store.reviewSuggestion(day.id(), Review.ACCEPTED, "ana", AT, "", 7L);
      assertThat(accepted.observationId()).isEqualTo(7L);
      assertThatThrownBy(
              () -> store.reviewSuggestion(day.id(), Review.REJECTED, "bo", AT, "no", null))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already accepted by ana");
      assertThat(store.suggestions(Optional.of(Review.PENDING))).hasSize(1);
    }
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file);
        var s = c.createStatement()) {
      assertThatThrownBy(() -> s.execute("DELETE FROM suggestions"))
          .hasMessageContaining("never deleted");
    }
  }
}
