package io.frontline.control;

import io.frontline.observations.Status;
import java.util.Optional;

/**
 * Who holds a piece of ground on a date and how, and the candidate that decided it. {@code holder} may be null for a
 * besieged place whose holder is not named. {@code inferred} is true for ground no observed town's zone reaches that
 * the rule for ground between towns gives to {@code holder}; it is reported apart from observed ground.
 */
public record Holding(String holder, Status status, String other, Candidate decidedBy, boolean inferred) {
  static Holding of(Candidate c) {
    return new Holding(c.holder(), c.status(), c.other(), c, false);
  }

  /** True when the deciding observation took effect more than {@code staleAfterDays} before {@code day}. */
  public boolean staleOn(long day, int staleAfterDays) {
    return !decidedBy.implied() && decidedBy.startDay() < day - staleAfterDays;
  }

  /** True when {@code actorId} holds the ground (controls it, or holds it under siege). */
  public boolean heldBy(String actorId) {
    return status != Status.CONTESTED && actorId.equals(holder);
  }

  public boolean contestedBy(String actorId) {
    return status == Status.CONTESTED && (actorId.equals(holder) || actorId.equals(other));
  }

  /** The actor the ground counts for in control figures, if any (contested ground counts for nobody). */
  public Optional<String> controller() {
    return status == Status.CONTESTED ? Optional.empty() : Optional.ofNullable(holder);
  }

  /** A key for grouping map areas: "actor:status". */
  public String key() {
    return (holder == null ? "unknown" : holder) + ":" + status.code();
  }
}
