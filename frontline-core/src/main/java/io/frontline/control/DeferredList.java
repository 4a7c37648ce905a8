package io.frontline.control;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * An unmodifiable list made whole when it is first read, once, whichever thread reads it: a part of a cached index
 * that most queries never read (the footprints) is decoded only by those that do. A {@link ControlIndex} keeps such a
 * list as it is instead of copying it.
 */
public final class DeferredList<T> extends AbstractList<T> implements RandomAccess {
  private final Supplier<? extends List<? extends T>> make;
  private volatile List<T> made;

  public DeferredList(Supplier<? extends List<? extends T>> make) {
    this.make = make;
  }

  private List<T> list() {
    List<T> list = made;
    if (list == null) {
      synchronized (this) {
        list = made;
        if (list == null) {
          list = List.copyOf(make.get());
          made = list;
        }
      }
    }
    return list;
  }

  /** Whether the list was made (read) yet. */
  public boolean isMade() {
    return made != null;
  }

  @Override
  public T get(int index) {
    return list().get(index);
  }

  @Override
  public int size() {
    return list().size();
  }
}
