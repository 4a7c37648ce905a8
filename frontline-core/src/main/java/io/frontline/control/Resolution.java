package io.frontline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The candidates that compete for one piece of ground, sorted by {@link Candidate#PRIORITY}. The holding on a date is
 * the last candidate that has started by then: found by binary search over the start days.
 */
public final class Resolution {
  private final Candidate[] candidates;
  private final long[] starts;

  public Resolution(Collection<Candidate> all) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Candidate.PRIORITY);
    candidates = sorted.toArray(Candidate[]::new);
    starts = sorted.stream().mapToLong(Candidate::startDay).toArray();
  }

  public Optional<Holding> at(LocalDate date) {
    int i = lastStartedBy(date.toEpochDay());
    return i < 0 ? Optional.empty() : Optional.of(Holding.of(candidates[i]));
  }

  /** Index of the last candidate with start <= day, or -1. */
  int lastStartedBy(long day) {
    int lo = 0;
    int hi = starts.length - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** One holding and the days it lasts: from {@code firstDay} up to, not including, {@code endDay}. */
  @FunctionalInterface
  public interface SpanVisitor {
    void span(Holding holding, long firstDay, long endDay);
  }

  /**
   * Every holding in the order they follow each other, with the epoch days each lasts (the last one to
   * {@link Long#MAX_VALUE}); a candidate overtaken on its own start day lasts no day and is left out. The same
   * answers as {@link #at} for every day, in one pass.
   */
  public void spans(SpanVisitor visitor) {
    for (int i = 0; i < candidates.length; i++) {
      long end = i + 1 < candidates.length ? starts[i + 1] : Long.MAX_VALUE;
      if (end > starts[i]) {
        visitor.span(Holding.of(candidates[i]), starts[i], end);
      }
    }
  }

  public List<Candidate> candidates() {
    return List.of(candidates);
  }

  public boolean isEmpty() {
    return candidates.length == 0;
  }
}
