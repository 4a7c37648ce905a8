package io.frontline.events;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.timeline.FuzzyDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Whose ground each event was on: the atom under its point ({@link GroundGrid}), then the atom's holding on the
 * event's date, found by binary search over the atom's spans (the holdings the index's reach counts, as
 * {@link Atom#at} gives them). A month- or year-precise date gets its holder only when one holding lasted the whole
 * period; otherwise the holdings seen. An event located more coarsely than {@link LocationPrecision#NEAR} gets no
 * point answer. Built once per index; immutable and safe to share between threads.
 */
public final class GroundOp {
  /** Grid cells across the longer side of the atoms' extent: about 1 km cells over Syria, Iraq and Turkey. */
  public static final int DEFAULT_CELLS_ACROSS = 2048;

  private static final int CHUNK = 4096;
  private final GroundGrid grid;
  private final int[] spanOffset;
  private final int[] first;
  private final int[] end;
  private final Ground.Held[] held;
  private final Ground.NoPoint[] noPoint;

  public GroundOp(ControlIndex index) {
    this(index, DEFAULT_CELLS_ACROSS);
  }

  public GroundOp(ControlIndex index, int cellsAcross) {
    if (cellsAcross < 1 || cellsAcross > 16_384) {
      throw new IllegalArgumentException("cells across must be 1 to 16384, was " + cellsAcross);
    }
    List<Atom> atoms = index.atoms();
    grid = new GroundGrid(atoms, cellsAcross);
    spanOffset = new int[atoms.size() + 1];
    List<int[]> days = new ArrayList<>();
    List<Ground.Held> holdings = new ArrayList<>();
    for (int a = 0; a < atoms.size(); a++) {
      spanOffset[a] = holdings.size();
      atoms.get(a).resolution().spans((h, firstDay, endDay) -> {
        days.add(new int[] {clamp(firstDay), clamp(endDay)});
        holdings.add(new Ground.Held(h));
      });
    }
    spanOffset[atoms.size()] = holdings.size();
    first = days.stream().mapToInt(d -> d[0]).toArray();
    end = days.stream().mapToInt(d -> d[1]).toArray();
    held = holdings.toArray(Ground.Held[]::new);
    noPoint = new Ground.NoPoint[LocationPrecision.values().length];
    for (LocationPrecision p : LocationPrecision.values()) {
      noPoint[p.ordinal()] = new Ground.NoPoint(p);
    }
  }

  private static int clamp(long day) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
  }

  public Ground of(Event e) {
    return at(e.lon(), e.lat(), e.date(), e.locationPrecision());
  }

  public Ground at(double lon, double lat, FuzzyDate date, LocationPrecision precision) {
    if (!precision.locatesPoint()) {
      return noPoint[precision.ordinal()];
    }
    return at(lon, lat, date.start().toEpochDay(), date.end().toEpochDay());
  }

  /** The ground at a point over the epoch days {@code firstDay..lastDay} (equal for a day-precise date). */
  public Ground at(double lon, double lat, long firstDay, long lastDay) {
    int a = grid.atomAt(lon, lat);
    if (a < 0) {
      return Ground.Unheld.OUTSIDE;
    }
    return firstDay == lastDay ? onDay(a, firstDay) : over(a, firstDay, lastDay);
  }

  /** The ground of every event, in their order, computed in parallel. */
  public Ground[] of(List<Event> events) {
    Ground[] out = new Ground[events.size()];
    chunks(events.size(), i -> out[i] = of(events.get(i)));
    return out;
  }

  /** The ground of many points and day ranges (arrays of equal length), in parallel; all located to a point. */
  public Ground[] at(double[] lon, double[] lat, int[] firstDay, int[] lastDay) {
    Ground[] out = new Ground[lon.length];
    chunks(lon.length, i -> out[i] = at(lon[i], lat[i], firstDay[i], lastDay[i]));
    return out;
  }

  private static void chunks(int n, java.util.function.IntConsumer each) {
    IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(c -> {
      for (int i = c * CHUNK, last = Math.min(n, (c + 1) * CHUNK); i < last; i++) {
        each.accept(i);
      }
    });
  }

  /** The atom index under a point, or -1 (for tests and reports). */
  int atomAt(double lon, double lat) {
    return grid.atomAt(lon, lat);
  }

  /** How many of these points fall in grid cells that need ring tests (for reports). */
  public long ringTested(double[] lon, double[] lat) {
    long n = 0;
    for (int i = 0; i < lon.length; i++) {
      n += grid.mixedAt(lon[i], lat[i]) ? 1 : 0;
    }
    return n;
  }

  /** Share of grid cells answered without a ring test. */
  public double wholeCellShare() {
    int[] counts = grid.wholeAndTotal();
    return counts[1] == 0 ? 1 : (double) counts[0] / counts[1];
  }

  private Ground onDay(int a, long day) {
    int i = lastStartedBy(a, day);
    return i >= 0 && day < end[i] ? held[i] : Ground.Unheld.NOBODY;
  }

  private Ground over(int a, long firstDay, long lastDay) {
    int from = Math.max(lastStartedBy(a, firstDay), spanOffset[a]);
    Holding seenFirst = null;
    boolean changed = false;
    boolean gap = false;
    long cursor = firstDay;
    int last = -1;
    for (int i = from; i < spanOffset[a + 1] && first[i] <= lastDay; i++) {
      if (end[i] <= cursor) {
        continue;
      }
      gap |= first[i] > cursor;
      Holding h = held[i].holding();
      if (seenFirst == null) {
        seenFirst = h;
      } else {
        changed |= !sameHolding(seenFirst, h);
      }
      cursor = end[i];
      last = i;
    }
    gap |= cursor <= lastDay;
    if (seenFirst == null) {
      return Ground.Unheld.NOBODY;
    }
    return changed || gap ? changedOver(from, a, firstDay, lastDay, gap) : held[last];
  }

  /** The holdings seen over the period, in order, one per holder, status and other party. */
  private Ground changedOver(int from, int a, long firstDay, long lastDay, boolean gap) {
    Map<String, Holding> seen = new LinkedHashMap<>();
    for (int i = from; i < spanOffset[a + 1] && first[i] <= lastDay; i++) {
      if (end[i] > firstDay) {
        seen.putIfAbsent(Ground.holdingKey(held[i].holding()), held[i].holding());
      }
    }
    return seen.size() == 1 && !gap
        ? new Ground.Held(seen.values().iterator().next())
        : new Ground.Changed(new ArrayList<>(seen.values()), gap);
  }

  private static boolean sameHolding(Holding x, Holding y) {
    return x.status() == y.status()
        && java.util.Objects.equals(x.holder(), y.holder())
        && java.util.Objects.equals(x.other(), y.other());
  }

  /** Index of the atom's last span starting on or before {@code day}, or -1. */
  private int lastStartedBy(int a, long day) {
    int lo = spanOffset[a];
    int hi = spanOffset[a + 1] - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (first[mid] <= day) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }
}
