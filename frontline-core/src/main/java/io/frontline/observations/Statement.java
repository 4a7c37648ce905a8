package io.frontline.observations;

import io.frontline.timeline.FuzzyDate;
import java.util.Optional;

/**
 * What an observation asserts: on {@code date}, {@code actor} had {@code status} over {@code subject}, according to
 * {@code source}. {@code fromActor} names the previous holder of a capture, the other party of a contest, or the
 * holder of a besieged place (may be null). {@code share}, stated only for a contested subject, is the share of it
 * (strictly between 0 and 1) held by {@code actor}; the other party holds the rest; null when not stated. An
 * {@link Status#ENDS ends} statement is about an area and names no other party.
 */
public record Statement(
    Subject subject,
    String actorId,
    Status status,
    String fromActorId,
    FuzzyDate date,
    Source source,
    Confidence confidence,
    String note,
    Double share) {

  public Statement(
      Subject subject,
      String actorId,
      Status status,
      String fromActorId,
      FuzzyDate date,
      Source source,
      Confidence confidence,
      String note) {
    this(subject, actorId, status, fromActorId, date, source, confidence, note, null);
  }

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
    checkShare(status, share);
    checkEnds(subject, status, fromActorId);
    confidence = confidence == null ? Confidence.MEDIUM : confidence;
    note = note == null ? "" : note.strip();
  }

  private static void checkShare(Status status, Double share) {
    if (share == null) {
      return;
    }
    if (status != Status.CONTESTED) {
      throw new IllegalArgumentException(
          "a share is stated only for a contested place or area, the status was " + status.code());
    }
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException("share must be between 0 and 1 (exclusive), was " + share);
    }
  }

  private static void checkEnds(Subject subject, Status status, String fromActorId) {
    if (status != Status.ENDS) {
      return;
    }
    if (!(subject instanceof Subject.Area)) {
      throw new IllegalArgumentException(
          "an ends observation is about an area (a region), not a place");
    }
    if (fromActorId != null) {
      throw new IllegalArgumentException(
          "an ends observation names no other party, from_actor was " + fromActorId);
    }
  }

  public Optional<String> fromActor() {
    return Optional.ofNullable(fromActorId);
  }

  /** The share held by the actor, when stated. */
  public Optional<Double> findShare() {
    return Optional.ofNullable(share);
  }

  /** This statement with another share (null: not stated). */
  public Statement withShare(Double newShare) {
    return new Statement(
        subject, actorId, status, fromActorId, date, source, confidence, note, newShare);
  }

  /** This statement with another confidence. */
  public Statement withConfidence(Confidence newConfidence) {
    return new Statement(
        subject, actorId, status, fromActorId, date, source, newConfidence, note, share);
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
  public record Claim(
      Subject subject, String actorId, Status status, FuzzyDate date, String sourceKey) {}
}
