package io.frontline.control;

import io.frontline.observations.Status;
import java.util.Optional;

/**
 * Who holds a piece of ground on a date and how, and the candidate that decided it. {@code holder} may be null for a
 * besieged place whose holder is not named. {@code distance_km} is how far the ground's cell lies from the observed
 * place whose holding it takes (0 for the place's own cell and for drawn areas); {@code agreeing_km} how far the next
 * nearest place with a known holding is when it has the same holder (infinite otherwise): the rule for ground between
 * towns ({@link Reach}) counts ground beyond a town's zone only when both agree. {@code inferred} is true when the
 * index's own reach counts the ground only through that rule; it is reported apart from observed ground.
 */
public record Holding(
    String holder,
    Status status,
    String other,
    Candidate decidedBy,
    boolean inferred,
    double distance_km,
    double agreeing_km) {
  static Holding of(Candidate c) {
    return new Holding(c.holder(), c.status(), c.other(), c, false, 0, 0);
  }

  /** The same holding seen from a cell {@code distance_km} away, with the agreeing neighbour's distance. */
  Holding seenFrom(double distance, double agreeing, boolean inferredThere) {
    return new Holding(holder, status, other, decidedBy, inferredThere, distance, agreeing);
  }

  /** The same decision with another holder and status (what a region-wide end leaves of it). */
  Holding withHolder(String newHolder, Status newStatus, String newOther) {
    return new Holding(
        newHolder, newStatus, newOther, decidedBy, inferred, distance_km, agreeing_km);
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

  /**
   * The share of the ground {@code actorId} holds: 1 for its own ground, the stated share for a contested place (the
   * other party holds the rest), NaN for a contested place whose split no observation states, 0 otherwise.
   */
  public double shareOf(String actorId) {
    if (status != Status.CONTESTED) {
      return heldBy(actorId) ? 1 : 0;
    }
    double share = decidedBy.share();
    if (actorId.equals(holder)) {
      return share;
    }
    return actorId.equals(other) ? 1 - share : 0;
  }

  /** Whether this and {@code that} give the ground to the same actor in the same way (for merging spans). */
  boolean sameAs(Holding that) {
    return that != null
        && decidedBy == that.decidedBy
        && status == that.status
        && java.util.Objects.equals(holder, that.holder)
        && java.util.Objects.equals(other, that.other)
        && inferred == that.inferred
        && distance_km == that.distance_km
        && agreeing_km == that.agreeing_km;
  }

  /** A key for grouping map areas: "actor:status". */
  public String key() {
    return (holder == null ? "unknown" : holder) + ":" + status.code();
  }
}
