package io.frontline.control;

import io.frontline.observations.Observation;
import io.frontline.observations.ObservationFacts;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One observation's claim on a piece of ground, ready for resolution: from {@code startDay} (epoch day) on,
 * {@code holder} has {@code status} there ({@code other}: the contesting or besieging party). An implied candidate
 * is the previous holder named by a footprint's earliest capture; it holds for a bounded time before that capture
 * and loses to any other candidate started on the same day. A value: equal when its parts are equal. A candidate read
 * back from a cached index may fetch its observation from the index's list when first asked ({@link #listed}).
 */
public final class Candidate {
  /**
   * The resolution rule as an order: later start wins; on the same start day a more precise date, then higher
   * confidence, then the later record, then the higher id.
   */
  public static final Comparator<Candidate> PRIORITY = Comparator.comparingLong(Candidate::startDay)
      .thenComparing(c -> !c.implied())
      .thenComparing(c -> c.statement().date().precision())
      .thenComparing(c -> c.statement().confidence())
      .thenComparing(c -> c.observation().recordedAt())
      .thenComparingLong(c -> c.observation().id());

  private final Observation observation;
  private final List<Observation> observations;
  private final int number;
  private final long startDay;
  private final String holder;
  private final Status status;
  private final String other;
  private final boolean implied;

  public Candidate(
      Observation observation,
      long startDay,
      String holder,
      Status status,
      String other,
      boolean implied) {
    this(
        Objects.requireNonNull(observation, "observation"),
        null,
        -1,
        startDay,
        holder,
        status,
        other,
        implied);
  }

  private Candidate(
      Observation observation,
      List<Observation> observations,
      int number,
      long startDay,
      String holder,
      Status status,
      String other,
      boolean implied) {
    this.observation = observation;
    this.observations = observations;
    this.number = number;
    this.startDay = startDay;
    this.holder = holder;
    this.status = status;
    this.other = other;
    this.implied = implied;
  }

  /** The candidate of {@code observations.get(number)}, which is fetched when the observation is first asked for. */
  public static Candidate listed(
      List<Observation> observations,
      int number,
      long startDay,
      String holder,
      Status status,
      String other,
      boolean implied) {
    if (number < 0 || number >= observations.size()) {
      throw new IllegalArgumentException(
          "observation number must be in 0.." + (observations.size() - 1) + ", was " + number);
    }
    return new Candidate(null, observations, number, startDay, holder, status, other, implied);
  }

  public static Candidate of(Observation o) {
    Statement s = o.statement();
    long start = s.date().start().toEpochDay();
    return switch (s.status()) {
      case CONTROLS -> new Candidate(o, start, s.actorId(), Status.CONTROLS, null, false);
      case CONTESTED ->
        new Candidate(o, start, s.actorId(), Status.CONTESTED, s.fromActorId(), false);
      case BESIEGED ->
        new Candidate(o, start, s.fromActorId(), Status.BESIEGED, s.actorId(), false);
      case ENDS -> new Candidate(o, start, null, Status.ENDS, s.actorId(), false);
      case PRESENCE ->
        throw new IllegalArgumentException("a presence observation does not decide control");
    };
  }

  /** The holder before the capture {@code o} describes, taken to hold for {@code days} before it. */
  public static Candidate impliedBefore(Observation o, int days) {
    long start = o.statement().date().start().toEpochDay() - days;
    return new Candidate(o, start, o.statement().fromActorId(), Status.CONTROLS, null, true);
  }

  /** The holder a first report of holding names, taken to have held the place for {@code days} before that report. */
  public static Candidate impliedHeld(Observation o, int days) {
    long start = o.statement().date().start().toEpochDay() - days;
    return new Candidate(o, start, o.statement().actorId(), Status.CONTROLS, null, true);
  }

  public Observation observation() {
    return observation != null ? observation : observations.get(number);
  }

  public long startDay() {
    return startDay;
  }

  public String holder() {
    return holder;
  }

  public Status status() {
    return status;
  }

  public String other() {
    return other;
  }

  public boolean implied() {
    return implied;
  }

  /** The share of the place the holder holds, as a contested observation states it; NaN when none is stated. */
  public double share() {
    Double share = facts().share();
    return implied || share == null ? Double.NaN : share;
  }

  public Statement statement() {
    return observation().statement();
  }

  /** What figures count of its observation, without making a listed observation that is not made yet. */
  public ObservationFacts facts() {
    return observation != null
        ? ObservationFacts.of(observation.statement())
        : ObservationList.facts(observations, number);
  }

  /** The list its observation is fetched from, or null when the candidate holds its observation itself. */
  public List<Observation> list() {
    return observations;
  }

  /** Its observation's number in {@link #list()}, or -1 when the candidate holds its observation itself. */
  public int number() {
    return number;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof Candidate c
            && startDay == c.startDay
            && implied == c.implied
            && status == c.status
            && Objects.equals(holder, c.holder)
            && Objects.equals(other, c.other)
            && observation().equals(c.observation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(observation(), startDay, holder, status, other, implied);
  }

  @Override
  public String toString() {
    return "Candidate[observation=" + observation() + ", startDay=" + startDay + ", holder="
        + holder + ", status=" + status + ", other=" + other + ", implied=" + implied + "]";
  }
}
