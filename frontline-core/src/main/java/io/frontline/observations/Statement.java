package io.frontline.observations;

import io.frontline.timeline.FuzzyDate;
import java.util.Optional;

/**
 * What an observation asserts: on {@code date}, {@code actor} had {@code status} over {@code subject}, according to
 * {@code source}. {@code fromActor} names the previous holder of a capture, the other party of a contest, or the
 * holder of a besieged place (may be null).
 */
public record Statement(Subject subject, String actorId, Status status, String fromActorId, FuzzyDate date, Source source,
    Confidence confidence, String note) {

  public Statement {
    if (subject == null) {
      throw new IllegalArgumentException("an observation needs a place or an area");
    }
    if (actorId == null || actorId.isBlank()) {
      throw new IllegalArgumentException("an observation needs an actor");
    }
    if (status == null || date == null) {
      throw new IllegalArgumentException("an observation needs a status and a date");
    }
    if (source == null) {
      throw new IllegalArgumentException("an observation needs a source");
    }
    if (actorId.equals(fromActorId)) {
      throw new IllegalArgumentException("actor and from-actor must differ, both were " + actorId);
    }
    fromActorId = fromActorId == null || fromActorId.isBlank() ? null : fromActorId;
    confidence = confidence == null ? Confidence.MEDIUM : confidence;
    note = note == null ? "" : note.strip();
  }

  public Optional<String> fromActor() {
    return Optional.ofNullable(fromActorId);
  }

  /** What this statement claims and on whose word: two statements with equal claims record the same thing. */
  public Claim claim() {
    return new Claim(subject, actorId, status, date, source.key());
  }

  /**
   * The identity of a statement for finding duplicates: the same subject (place id, or exactly the same area), actor,
   * status, date and source ({@link Source#key()}: its first URL, else its title and citation). The previous holder,
   * the confidence, the note and the source's kind and other wording are left out: a second import of a file whose
   * notes or titles were reworded is still the same observation.
   */
  public record Claim(Subject subject, String actorId, Status status, FuzzyDate date, String sourceKey) {
  }
}
