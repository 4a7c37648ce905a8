package io.frontline.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Who holds one piece of ground over time: a sequence of spans, each from its start day (epoch day) to the next
 * one's, with its holding (null: nobody). The holding on a date is found by binary search over the start days. A
 * piece's spans come from its own candidates (the last candidate that has started wins, see
 * {@link Candidate#PRIORITY}), or from the places near it ({@link Cells}), with region-wide ends applied. Which
 * holdings count is the index's {@link Reach}; the range of a figure asks with another reach.
 */
public final class Resolution {
  private final long[] starts;
  private final Holdings holdings;
  private final List<Candidate> candidates;
  private final Reach reach;

  /** The resolution of these candidates alone, every holding counted. */
  public Resolution(Collection<Candidate> all) {
    this(own(all, List.of()), Reach.ALL);
  }

  private Resolution(Resolution spans, Reach reach) {
    this(spans.starts, spans.holdings, spans.candidates, reach);
  }

  /** A resolution of given spans (sorted by start, one holding or null each) and the candidates it rests on. */
  public Resolution(long[] starts, Holding[] holdings, List<Candidate> candidates, Reach reach) {
    this(starts, checked(starts, holdings), candidates, reach);
  }

  /**
   * A resolution whose holdings are made when asked ({@code holdings} answers for span 0 to {@code starts.length - 1},
   * an equal holding each time, deciding candidates the same objects), as a compact form that is read back does.
   */
  public Resolution(long[] starts, Holdings holdings, List<Candidate> candidates, Reach reach) {
    this.starts = starts;
    this.holdings = holdings;
    this.candidates = List.copyOf(candidates);
    this.reach = reach;
  }

  /** The holding of each span, by the span's number: null for nobody. */
  @FunctionalInterface
  public interface Holdings {
    Holding of(int span);
  }

  private static Holdings checked(long[] starts, Holding[] holdings) {
    if (starts.length != holdings.length) {
      throw new IllegalArgumentException(
          "one holding per start: " + starts.length + " starts, " + holdings.length);
    }
    return i -> holdings[i];
  }

  /** The spans of a footprint's own candidates, sorted by the rule, then the ends that cover it. */
  static Resolution own(Collection<Candidate> all, List<Ending> endings) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Candidate.PRIORITY);
    List<Long> starts = new ArrayList<>();
    List<Holding> holdings = new ArrayList<>();
    for (Candidate c : sorted) {
      Holding h = Holding.of(c);
      if (!starts.isEmpty() && starts.get(starts.size() - 1) == c.startDay()) {
        holdings.set(holdings.size() - 1, h);
      } else {
        starts.add(c.startDay());
        holdings.add(h);
      }
    }
    Resolution plain = new Resolution(
        starts.stream().mapToLong(Long::longValue).toArray(),
        holdings.toArray(Holding[]::new),
        sorted,
        Reach.ALL);
    return endings.isEmpty() ? plain : plain.ended(endings);
  }

  /** These spans with the ends applied from their days on. */
  Resolution ended(List<Ending> endings) {
    TreeSet<Long> days = new TreeSet<>();
    for (long s : starts) {
      days.add(s);
    }
    endings.forEach(e -> days.add(e.startDay()));
    List<Candidate> all = new ArrayList<>(candidates);
    endings.forEach(e -> all.add(e.candidate()));
    SpanBuilder out = new SpanBuilder();
    for (long day : days) {
      Holding h = raw(day);
      for (Ending e : endings) {
        if (e.startDay() <= day) {
          h = e.apply(h);
        }
      }
      out.add(day, h);
    }
    return out.build(all, reach);
  }

  /** The same spans counted with another reach. */
  public Resolution withReach(Reach other) {
    return new Resolution(starts, holdings, candidates, other);
  }

  public Optional<Holding> at(LocalDate date) {
    return at(date.toEpochDay(), reach);
  }

  /** The holding on a day if {@code counted} counts it. */
  public Optional<Holding> at(long day, Reach counted) {
    Holding h = raw(day);
    return counted.counts(h) ? Optional.of(h) : Optional.empty();
  }

  /**
   * The holding of the span in effect on a day whatever the reach (null: nobody), for a caller that asks several
   * reaches of one day with one search: {@code at(day, r)} is this holding when {@code r.counts} it.
   */
  public Holding holdingOn(long day) {
    return raw(day);
  }

  /** The holding of the span in effect on a day, whatever the reach (null: nobody). */
  Holding raw(long day) {
    int i = lastStartedBy(day);
    return i < 0 ? null : holdings.of(i);
  }

  /** Index of the last span with start <= day, or -1. */
  int lastStartedBy(long day) {
    int i = Arrays.binarySearch(starts, day);
    return i >= 0 ? i : -i - 2;
  }

  /** One holding and the days it lasts: from {@code firstDay} up to, not including, {@code endDay}. */
  @FunctionalInterface
  public interface SpanVisitor {
    void span(Holding holding, long firstDay, long endDay);
  }

  /**
   * Every holding the index's reach counts, in the order they follow each other, with the epoch days each lasts (the
   * last one to {@link Long#MAX_VALUE}). The same answers as {@link #at} for every day, in one pass.
   */
  public void spans(SpanVisitor visitor) {
    spans(visitor, reach);
  }

  public void spans(SpanVisitor visitor, Reach counted) {
    allSpans((h, first, end) -> {
      if (counted.counts(h)) {
        visitor.span(h, first, end);
      }
    });
  }

  /**
   * Every holding whatever the reach, in the order they follow each other, with the days each lasts: for a caller
   * that asks several reaches of each span in one pass ({@code spans(v, r)} visits those {@code r.counts}).
   */
  public void allSpans(SpanVisitor visitor) {
    for (int i = 0; i < starts.length; i++) {
      long end = i + 1 < starts.length ? starts[i + 1] : Long.MAX_VALUE;
      Holding h = end > starts[i] ? holdings.of(i) : null;
      if (h != null) {
        visitor.span(h, starts[i], end);
      }
    }
  }

  /** The candidates these spans rest on (for provenance and the cache). */
  public List<Candidate> candidates() {
    return candidates;
  }

  public Reach reach() {
    return reach;
  }

  public int size() {
    return starts.length;
  }

  public long start(int i) {
    return starts[i];
  }

  /** The holding of span {@code i}, null for nobody. */
  public Holding holding(int i) {
    return holdings.of(i);
  }

  public boolean isEmpty() {
    for (int i = 0; i < starts.length; i++) {
      if (reach.counts(holdings.of(i))) {
        return false;
      }
    }
    return true;
  }

  /** Collects spans, merging a span into the one before it when they hold alike. */
  static final class SpanBuilder {
    private final List<Long> starts = new ArrayList<>();
    private final List<Holding> holdings = new ArrayList<>();

    void add(long day, Holding h) {
      int last = starts.size() - 1;
      if (last >= 0 && starts.get(last) == day) {
        holdings.set(last, h);
        if (last > 0 && same(holdings.get(last - 1), h)) {
          starts.remove(last);
          holdings.remove(last);
        }
        return;
      }
      if (last >= 0 && same(holdings.get(last), h) || last < 0 && h == null) {
        return;
      }
      starts.add(day);
      holdings.add(h);
    }

    private static boolean same(Holding a, Holding b) {
      return a == null ? b == null : a.sameAs(b);
    }

    Resolution build(List<Candidate> candidates, Reach reach) {
      return new Resolution(
          starts.stream().mapToLong(Long::longValue).toArray(),
          holdings.toArray(Holding[]::new),
          candidates,
          reach);
    }
  }
}
