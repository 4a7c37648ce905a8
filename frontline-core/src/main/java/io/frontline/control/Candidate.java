package io.frontline.control;

import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.observations.Statement;
import java.util.Comparator;

/**
 * One observation's claim on a piece of ground, ready for resolution: from {@code startDay} (epoch day) on,
 * {@code holder} has {@code status} there ({@code other}: the contesting or besieging party). An implied candidate
 * is the previous holder named by a footprint's earliest capture; it holds for a bounded time before that capture
 * and loses to any other candidate started on the same day.
 */
public record Candidate(Observation observation, long startDay, String holder, Status status, String other,
    boolean implied) {
  /**
   * The resolution rule as an order: later start wins; on the same start day a more precise date, then higher
   * confidence, then the later record, then the higher id.
   */
  public static final Comparator<Candidate> PRIORITY = Comparator
      .comparingLong(Candidate::startDay)
      .thenComparing(c -> !c.implied())
      .thenComparing(c -> c.statement().date().precision())
      .thenComparing(c -> c.statement().confidence())
      .thenComparing(c -> c.observation().recordedAt())
      .thenComparingLong(c -> c.observation().id());

  public static Candidate of(Observation o) {
    Statement s = o.statement();
    long start = s.date().start().toEpochDay();
    return switch (s.status()) {
      case CONTROLS -> new Candidate(o, start, s.actorId(), Status.CONTROLS, null, false);
      case CONTESTED -> new Candidate(o, start, s.actorId(), Status.CONTESTED, s.fromActorId(), false);
      case BESIEGED -> new Candidate(o, start, s.fromActorId(), Status.BESIEGED, s.actorId(), false);
      case ENDS -> new Candidate(o, start, null, Status.ENDS, s.actorId(), false);
      case PRESENCE -> throw new IllegalArgumentException("a presence observation does not decide control");
    };
  }

  /** The holder before the capture {@code o} describes, taken to hold for {@code days} before it. */
  public static Candidate impliedBefore(Observation o, int days) {
    long start = o.statement().date().start().toEpochDay() - days;
    return new Candidate(o, start, o.statement().fromActorId(), Status.CONTROLS, null, true);
  }

  /** The share of the place the holder holds, as a contested observation states it; NaN when none is stated. */
  public double share() {
    Double share = statement().share();
    return implied || share == null ? Double.NaN : share;
  }

  /** The holder a first report of holding names, taken to have held the place for {@code days} before that report. */
  public static Candidate impliedHeld(Observation o, int days) {
    long start = o.statement().date().start().toEpochDay() - days;
    return new Candidate(o, start, o.statement().actorId(), Status.CONTROLS, null, true);
  }

  public Statement statement() {
    return observation.statement();
  }
}
