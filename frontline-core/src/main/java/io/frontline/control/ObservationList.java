package io.frontline.control;

import io.frontline.observations.Observation;
import io.frontline.observations.ObservationFacts;
import java.util.AbstractList;
import java.util.RandomAccess;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An unmodifiable list of observations, each made when first asked for and the same object from then on, whichever
 * thread asks: a cached index read back answers a query without making the observations it does not touch. A
 * {@link ControlIndex} keeps such a list as it is instead of copying it.
 */
public abstract class ObservationList extends AbstractList<Observation> implements RandomAccess {
  private final AtomicReferenceArray<Observation> made;
  private final AtomicReferenceArray<ObservationFacts> facts;

  protected ObservationList(int size) {
    this.made = new AtomicReferenceArray<>(size);
    this.facts = new AtomicReferenceArray<>(size);
  }

  /** Makes observation {@code i} (called at most once per index, unless two threads ask at once). */
  protected abstract Observation make(int i);

  @Override
  public final Observation get(int i) {
    Observation o = made.get(i);
    if (o != null) {
      return o;
    }
    Observation fresh = java.util.Objects.requireNonNull(make(i), "an observation list made null");
    Observation won = made.compareAndExchange(i, null, fresh);
    return won == null ? fresh : won;
  }

  /**
   * What figures count of observation {@code i}: from the observation if it was made, else from
   * {@link #makeFacts} (once per index).
   */
  public final ObservationFacts facts(int i) {
    Observation o = made.get(i);
    if (o != null) {
      return ObservationFacts.of(o.statement());
    }
    ObservationFacts known = facts.get(i);
    if (known != null) {
      return known;
    }
    ObservationFacts fresh = java.util.Objects.requireNonNull(makeFacts(i), "no observation facts");
    facts.compareAndSet(i, null, fresh);
    return fresh;
  }

  /**
   * The facts of observation {@code i} of any list: from an observation list without making the observation when it
   * can tell them, else from the observation.
   */
  public static ObservationFacts facts(java.util.List<Observation> observations, int i) {
    return observations instanceof ObservationList list
        ? list.facts(i)
        : ObservationFacts.of(observations.get(i).statement());
  }

  /** The facts of observation {@code i}; a list read back may tell them without making the observation. */
  protected ObservationFacts makeFacts(int i) {
    return ObservationFacts.of(get(i).statement());
  }

  @Override
  public final int size() {
    return made.length();
  }
}
