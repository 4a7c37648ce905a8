package io.frontline.control;

import io.frontline.observations.Observation;
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

  protected ObservationList(int size) {
    this.made = new AtomicReferenceArray<>(size);
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

  @Override
  public final int size() {
    return made.length();
  }
}
