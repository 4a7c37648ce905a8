package io.frontline.app.suggestions;

import io.frontline.app.View;
import io.frontline.app.observations.ObservationInput;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.RecordedVersion;
import io.frontline.app.observations.StoreAccess;
import io.frontline.events.Event;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.StoredSuggestion.Review;
import io.frontline.events.Suggestion;
import io.frontline.events.SuggestionOp;
import io.frontline.events.SuggestionRule;
import io.frontline.observations.Status;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.FuzzyDate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The use cases on suggestions from events: generate them from the store's events against a view's map, list them,
 * edit one before review, accept one (it becomes an observation through {@link ObservationWrites}, citing its events
 * as the source) or reject one with a reason. A suggestion is reviewed once and never deleted; reviewing one twice
 * is a {@link Refusal.Kind#CONFLICT}.
 */
public final class Suggestions {
  private final StoreAccess access;
  private final ObservationWrites writes;
  private final Clock clock;

  public Suggestions(StoreAccess access, ObservationWrites writes, Clock clock) {
    this.access = access;
    this.writes = writes;
    this.clock = clock;
  }

  /** The outcome of a generation: how many suggestions the rule made and how many were new to the store. */
  public record Generated(int events, int made, int added, String rule) {}

  /** Makes the suggestions the events of {@code from..to} give against the view's map, and stores the new ones. */
  public Generated generate(View view, SuggestionRule rule, LocalDate from, LocalDate to) {
    View.checkOrder(from, to, true);
    List<Event> events = view.store().findEvents(from, to);
    List<Suggestion> made = new SuggestionOp(view.index(), rule).suggest(events);
    int added = access.write(store -> store.addSuggestions(made, clock.instant()));
    return new Generated(events.size(), made.size(), added, rule.describe());
  }

  /** The stored suggestions, newest first, those of one review state when {@code review} names one. */
  public SuggestionList list(Optional<String> review) {
    Optional<Review> state;
    try {
      state = review.map(Review::parse);
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(
          "review", "${review} must be pending, accepted or rejected, was '" + review.get() + "'");
    }
    return new SuggestionList(access.store().suggestions(state));
  }

  public StoredSuggestion get(long id) {
    return access
        .store()
        .findSuggestion(id)
        .orElseThrow(() ->
            Refusal.notFound("no suggestion " + id + "; `frontline suggestions list` lists them"));
  }

  /** Changes the actor, status, other party or date of a pending suggestion (a null keeps what it says). */
  public StoredSuggestion edit(
      long id, String actor, String status, String other, String date, String by) {
    Suggestion now = pending(id).suggestion();
    String actorId = actor == null ? now.actorId() : actor.strip();
    Status newStatus = status == null ? now.status() : parse("status", () -> Status.parse(status));
    FuzzyDate newDate = date == null ? now.date() : parse("date", () -> FuzzyDate.parse(date));
    String otherId = other == null ? now.otherActorId() : other.isBlank() ? null : other.strip();
    return access.write(store ->
        store.editSuggestion(id, actorId, newStatus, otherId, newDate, by(by), clock.instant()));
  }

  /** Records the suggestion as an observation (through the one check) and marks it accepted, naming it. */
  public Accepted accept(long id, String by) {
    StoredSuggestion s = pending(id);
    ObservationInput input = ObservationInput.of(SuggestionSource.fields(s));
    RecordedVersion recorded = writes.record(input, by(by));
    StoredSuggestion reviewed = access.write(store -> store.reviewSuggestion(
        id, Review.ACCEPTED, by(by), clock.instant(), "", recorded.observation().id()));
    return new Accepted(reviewed, recorded);
  }

  /** An accepted suggestion and the observation it became. */
  public record Accepted(StoredSuggestion suggestion, RecordedVersion observation) {}

  /** Marks the suggestion rejected; the reason is required. */
  public StoredSuggestion reject(long id, String reason, String by) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.badInput("reason", "a rejection needs a ${reason}");
    }
    pending(id);
    return access.write(store ->
        store.reviewSuggestion(id, Review.REJECTED, by(by), clock.instant(), reason.strip(), null));
  }

  private StoredSuggestion pending(long id) {
    StoredSuggestion s = get(id);
    if (s.review() != Review.PENDING) {
      throw Refusal.conflict("suggestion " + id + " is already " + s.review().code() + " (by "
          + s.reviewedBy() + " at " + s.reviewedAt() + ")");
    }
    return s;
  }

  private static String by(String by) {
    if (by == null || by.isBlank()) {
      throw Refusal.badInput("by", "a review needs who makes it (${by})");
    }
    return by.strip();
  }

  private static <T> T parse(String parameter, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(parameter, "${" + parameter + "}: " + e.getMessage());
    }
  }
}
