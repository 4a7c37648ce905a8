package io.frontline.store;

import io.frontline.control.Candidate;
import io.frontline.control.Holding;
import io.frontline.control.Reach;
import io.frontline.control.Resolution;
import io.frontline.observations.Status;
import io.frontline.store.IndexBinary.BinaryIn;
import io.frontline.store.IndexBinary.BinaryOut;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of one {@link Resolution} in a cached index, compact (about 6 bytes a span) and exact, and read back
 * as numbers whose holdings are made when a query asks for them. Candidates are referred to by their number in the
 * index's table of candidates.
 */
final class SpanCodec {
  private SpanCodec() {}

  /**
   * A resolution as written: its reach, its candidates by number (each as the difference from the one before), the
   * distinct distances of its holdings, then its spans. A span is its start (as the difference from the one before),
   * its deciding candidate (0 for nobody, else its place among the resolution's candidates plus 1, or past them its
   * number), and for a holding a flag byte (inferred; holder, status or other not the candidate's own, which then
   * follow) and its two distances by their place in the table.
   */
  static void write(BinaryOut out, Resolution r, Map<Candidate, Integer> numbers) {
    Reach reach = r.reach();
    out.f64(reach.zone_km());
    out.f64(reach.infer_km());
    out.bool(reach.implied());
    out.bool(reach.lowConfidence());
    List<Candidate> candidates = r.candidates();
    Map<Candidate, Integer> local = new IdentityHashMap<>();
    out.varint(candidates.size());
    long previous = 0;
    for (int i = 0; i < candidates.size(); i++) {
      int n = number(numbers, candidates.get(i));
      out.varlong(n - previous);
      previous = n;
      local.putIfAbsent(candidates.get(i), i);
    }
    Map<Double, Integer> distances = new LinkedHashMap<>();
    for (int i = 0; i < r.size(); i++) {
      Holding h = r.holding(i);
      if (h != null) {
        distances.putIfAbsent(h.distance_km(), distances.size());
        distances.putIfAbsent(h.agreeing_km(), distances.size());
      }
    }
    out.varint(distances.size());
    distances.keySet().forEach(out::f64);
    out.varint(r.size());
    long start = 0;
    for (int i = 0; i < r.size(); i++) {
      out.varlong(r.start(i) - start);
      start = r.start(i);
      holding(out, r.holding(i), candidates.size(), local, numbers, distances);
    }
  }

  private static final int INFERRED = 1;
  private static final int OWN_TERMS = 2;

  private static void holding(
      BinaryOut out,
      Holding h,
      int listed,
      Map<Candidate, Integer> local,
      Map<Candidate, Integer> numbers,
      Map<Double, Integer> distances) {
    if (h == null) {
      out.varint(0);
      return;
    }
    Candidate c = h.decidedBy();
    Integer at = local.get(c);
    out.varint(at != null ? at + 1 : listed + 1 + number(numbers, c));
    boolean own = java.util.Objects.equals(h.holder(), c.holder())
        && h.status() == c.status()
        && java.util.Objects.equals(h.other(), c.other());
    out.u8((h.inferred() ? INFERRED : 0) | (own ? 0 : OWN_TERMS));
    if (!own) {
      out.str(h.holder());
      out.str(h.status().name());
      out.str(h.other());
    }
    out.varint(distances.get(h.distance_km()));
    out.varint(distances.get(h.agreeing_km()));
  }

  static int number(Map<Candidate, Integer> numbers, Candidate c) {
    Integer n = numbers.get(c);
    if (n == null) {
      throw new IllegalArgumentException("a candidate of an atom or site belongs to no footprint");
    }
    return n;
  }

  /** A resolution read but for its candidates: spans as numbers, holdings made when a query asks for them. */
  record Pending(
      Reach reach,
      int[] candidates,
      double[] distances,
      long[] starts,
      int[] deciding,
      byte[] flags,
      int[] distance,
      int[] agreeing,
      Holding[] terms) {
    Resolution make(Candidate[] byNumber) {
      List<Candidate> own = IndexCodec.candidates(byNumber, candidates);
      Holding[] unlike = null;
      if (terms != null) {
        unlike = new Holding[starts.length];
        for (int i = 0; i < starts.length; i++) {
          Holding t = terms[i];
          if (t != null) {
            unlike[i] = new Holding(
                t.holder(),
                t.status(),
                t.other(),
                decider(own, byNumber, deciding[i]),
                t.inferred(),
                distances[distance[i]],
                distances[agreeing[i]]);
          }
        }
      }
      return new Resolution(starts, new PackedHoldings(this, own, byNumber, unlike), own, reach);
    }
  }

  /** The deciding candidate of a span's code: 0 none, then the resolution's own, then by number. */
  private static Candidate decider(List<Candidate> own, Candidate[] byNumber, int code) {
    if (code == 0) {
      return null;
    }
    return code <= own.size() ? own.get(code - 1) : byNumber[code - own.size() - 1];
  }

  /** The holdings of a resolution read back, each made from its numbers when asked. */
  private record PackedHoldings(
      Pending spans, List<Candidate> own, Candidate[] byNumber, Holding[] unlike)
      implements Resolution.Holdings {
    @Override
    public Holding of(int span) {
      Candidate c = decider(own, byNumber, spans.deciding()[span]);
      if (c == null) {
        return null;
      }
      if (unlike != null && unlike[span] != null) {
        return unlike[span];
      }
      double[] distances = spans.distances();
      return new Holding(
          c.holder(),
          c.status(),
          c.other(),
          c,
          (spans.flags()[span] & INFERRED) != 0,
          distances[spans.distance()[span]],
          distances[spans.agreeing()[span]]);
    }
  }

  static Pending read(BinaryIn in) {
    Reach reach = new Reach(in.f64(), in.f64(), in.bool(), in.bool());
    int[] candidates = new int[in.count(in.varint())];
    long number = 0;
    for (int i = 0; i < candidates.length; i++) {
      number += in.varlong();
      candidates[i] = Math.toIntExact(number);
    }
    double[] distances = new double[in.count(in.varint())];
    for (int i = 0; i < distances.length; i++) {
      distances[i] = in.f64();
    }
    int n = in.count(in.varint());
    long[] starts = new long[n];
    int[] deciding = new int[n];
    byte[] flags = new byte[n];
    int[] distance = new int[n];
    int[] agreeing = new int[n];
    Holding[] terms = null;
    long start = 0;
    for (int i = 0; i < n; i++) {
      start += in.varlong();
      starts[i] = start;
      deciding[i] = in.varint();
      if (deciding[i] == 0) {
        continue;
      }
      flags[i] = (byte) in.u8();
      if ((flags[i] & OWN_TERMS) != 0) {
        terms = terms == null ? new Holding[n] : terms;
        terms[i] = new Holding(
            in.str(), Status.valueOf(in.str()), in.str(), null, (flags[i] & INFERRED) != 0, 0, 0);
      }
      distance[i] = index(in.varint(), distances.length);
      agreeing[i] = index(in.varint(), distances.length);
    }
    return new Pending(
        reach, candidates, distances, starts, deciding, flags, distance, agreeing, terms);
  }

  private static int index(int i, int size) {
    if (i >= size) {
      throw new IllegalArgumentException("malformed index cache: distance " + i + " of " + size);
    }
    return i;
  }
}
