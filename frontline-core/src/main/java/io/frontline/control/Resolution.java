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

  public List<Candidate> candidates() {
    return List.of(candidates);
  }

  public boolean isEmpty() {
    return candidates.length == 0;
  }
}
