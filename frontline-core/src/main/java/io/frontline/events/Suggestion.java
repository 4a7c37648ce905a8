package io.frontline.events;

import io.frontline.observations.Status;
import io.frontline.timeline.FuzzyDate;
import java.util.List;

/**
 * What events near a place suggest about who holds it: {@code actorId} has {@code status} over the place (with
 * {@code otherActorId} for a contest) on {@code date}, which keeps the precision of the evidence (year-precise events
 * support only a year). {@code kind} names the rule that fired ("contested", "presence", "control"); {@code mapSaid}
 * what the map said ("is:controls", "nobody"); {@code evidence} the event keys (at most {@link #MAX_EVIDENCE}), of
 * {@code evidenceCount} in all; {@code confidence} is 0 to 1. A suggestion is never an observation by itself.
 */
public record Suggestion(
    long placeId,
    String placeName,
    String actorId,
    Status status,
    String otherActorId,
    FuzzyDate date,
    String kind,
    String mapSaid,
    boolean confirms,
    List<String> evidence,
    int evidenceCount,
    double confidence) {
  public static final int MAX_EVIDENCE = 100;

  public Suggestion {
    if (actorId == null || actorId.isBlank() || status == null || date == null) {
      throw new IllegalArgumentException("a suggestion needs an actor, a status and a date");
    }
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
    }
    evidence =
        List.copyOf(evidence.size() > MAX_EVIDENCE ? evidence.subList(0, MAX_EVIDENCE) : evidence);
    if (evidenceCount < evidence.size()) {
      throw new IllegalArgumentException(
          "evidence count " + evidenceCount + " is below the keys listed, " + evidence.size());
    }
  }

  /** "is:presence" or "syria:contested:is": the same as an observation's key. */
  public String key() {
    return actorId + ":" + status.code() + (otherActorId == null ? "" : ":" + otherActorId);
  }
}
