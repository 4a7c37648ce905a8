package io.frontline.events;

import io.frontline.observations.Status;
import io.frontline.timeline.FuzzyDate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where suggestions are kept for review. A suggestion is never deleted: it is pending until someone accepts it (it
 * then names the observation it became) or rejects it (with a reason); an edit before that changes its actor,
 * status, other party or date and keeps what the rule said. Adding skips a suggestion already stored for the same
 * place, key and date, whatever its review.
 */
public interface SuggestionStore {
  /** Adds the suggestions as pending; returns how many were new. */
  int addSuggestions(List<Suggestion> suggestions, Instant at);

  /** The stored suggestions, newest first; only those with {@code review} when given. */
  List<StoredSuggestion> suggestions(Optional<StoredSuggestion.Review> review);

  Optional<StoredSuggestion> findSuggestion(long id);

  /** Changes what a pending suggestion says; refused (IllegalStateException) once it is reviewed. */
  StoredSuggestion editSuggestion(
      long id,
      String actorId,
      Status status,
      String otherActorId,
      FuzzyDate date,
      String by,
      Instant at);

  /** Accepts or rejects a pending suggestion; refused (IllegalStateException) once it is reviewed. */
  StoredSuggestion reviewSuggestion(
      long id,
      StoredSuggestion.Review review,
      String by,
      Instant at,
      String reason,
      Long observationId);
}
