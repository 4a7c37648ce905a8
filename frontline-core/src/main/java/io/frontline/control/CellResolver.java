package io.frontline.control;

import io.frontline.gazetteer.Place;
import io.frontline.gazetteer.PopulationEstimate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Gives each cell its holdings over time. The cell of an observed place has the place's own. Any other cell takes,
 * on each day, the holding of the nearest observed place of its country that has one that day, with its distance,
 * and the distance of the next nearest such place when it has the same holder (so a {@link Reach} can tell a town's
 * zone from ground between towns). The cell of an unobserved city of {@link ZoneConfig#anchorPopulation()} people or
 * more takes nothing from its neighbours: news of a town does not speak for a city. Nor does it speak for a larger
 * settlement: a settlement's cell takes nothing from a less populous place; and a place that is not a settlement (an
 * airbase, a dam, a border post) or is a section of a city (a camp or a district, GeoNames PPLX) holds its own cell
 * only. Ground beyond a town's zone is inferred only between two agreeing
 * places: the next nearest place with a holding must have the same holder and lie across the cell from the first. Region-wide ends apply to every
 * cell whose generator lies in their region.
 */
final class CellResolver {
  private final ZoneConfig config;
  private final Map<Long, Resolution> own;
  private final List<Ending> endings;
  private final STRtree observed = new STRtree();
  private final PopulationEstimate population;

  CellResolver(
      ZoneConfig config,
      Map<Long, Place> places,
      Map<Long, Resolution> own,
      List<Ending> endings,
      PopulationEstimate population) {
    this.config = config;
    this.population = population;
    this.own = own;
    this.endings = endings;
    places
        .values()
        .forEach(p -> observed.insert(new Envelope(new Coordinate(p.lon(), p.lat())), p));
  }

  Resolution resolve(Cells.Cell cell) {
    Place place = cell.place();
    if (place != null && own.containsKey(place.id())) {
      return own.get(place.id()).withReach(config.central());
    }
    if (place != null && place.isSettlement() && place.population() >= config.anchorPopulation()) {
      return new Resolution(new long[0], new Holding[0], List.of(), config.central());
    }
    List<Near> near = near(cell);
    Resolution derived = derive(cell, near);
    List<Ending> here =
        endings.stream().filter(e -> e.covers(cell.lon(), cell.lat())).toList();
    return here.isEmpty() ? derived : derived.ended(here).withReach(config.central());
  }

  private record Near(Place place, double km, Resolution resolution) {}

  /** The observed places of the cell's country within the farthest reach, nearest first. */
  private List<Near> near(Cells.Cell cell) {
    Place here = cell.place();
    long size = here != null && here.isSettlement() ? population.people(here) : 0;
    double km = config.farthest_km();
    double dLat = km / 110.57;
    double dLon =
        km / (111.32 * Math.max(0.05, Math.cos(Math.toRadians(Math.abs(cell.lat()) + dLat))));
    Envelope box =
        new Envelope(cell.lon() - dLon, cell.lon() + dLon, cell.lat() - dLat, cell.lat() + dLat);
    List<Near> out = new ArrayList<>();
    for (Object o : observed.query(box)) {
      Place p = (Place) o;
      if (!p.country().equals(cell.country())
          || !p.isSettlement()
          || p.featureCode().startsWith("PPLX")
          || size > 0 && population.people(p) < size) {
        continue;
      }
      double d = Cells.km(cell.lat(), cell.lon(), p.lat(), p.lon());
      if (d <= km) {
        out.add(new Near(p, d, own.get(p.id())));
      }
    }
    out.sort(
        Comparator.comparingDouble(Near::km).thenComparingLong(n -> n.place().id()));
    return out;
  }

  private Resolution derive(Cells.Cell cell, List<Near> near) {
    long[] days = days(near);
    int[] at = new int[near.size()];
    java.util.Arrays.fill(at, -1);
    Set<Candidate> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Candidate> candidates = new ArrayList<>();
    Reach central = config.central();
    Resolution.SpanBuilder out = new Resolution.SpanBuilder();
    for (long day : days) {
      advance(near, at, day);
      Holding first = null;
      double firstKm = 0;
      double agreeing = Double.POSITIVE_INFINITY;
      Near firstPlace = null;
      for (int k = 0; k < near.size(); k++) {
        Holding h = at[k] < 0 ? null : near.get(k).resolution().holding(at[k]);
        if (h == null) {
          continue;
        }
        Near n = near.get(k);
        if (first == null) {
          first = h;
          firstKm = n.km();
          firstPlace = n;
          continue;
        }
        if (!sameControl(first, h)) {
          break;
        }
        if (opposite(cell, firstPlace.place(), n.place())) {
          agreeing = n.km();
          break;
        }
      }
      if (first == null) {
        out.add(day, null);
        continue;
      }
      Holding taken = first.seenFrom(firstKm, agreeing, false);
      out.add(day, taken.seenFrom(firstKm, agreeing, central.infers(taken)));
      if (seen.add(first.decidedBy())) {
        candidates.add(first.decidedBy());
      }
    }
    return out.build(candidates, central);
  }

  /** Every day on which a near place's holding changes, sorted, each once. */
  private static long[] days(List<Near> near) {
    int n = 0;
    for (Near p : near) {
      n += p.resolution().size();
    }
    long[] days = new long[n];
    int i = 0;
    for (Near p : near) {
      for (int k = 0; k < p.resolution().size(); k++) {
        days[i++] = p.resolution().start(k);
      }
    }
    java.util.Arrays.sort(days);
    int distinct = 0;
    for (int k = 0; k < days.length; k++) {
      if (k == 0 || days[k] != days[k - 1]) {
        days[distinct++] = days[k];
      }
    }
    return java.util.Arrays.copyOf(days, distinct);
  }

  /** Moves each near place's span index to the span in effect on {@code day} (days come in order). */
  private static void advance(List<Near> near, int[] at, long day) {
    for (int k = 0; k < near.size(); k++) {
      Resolution r = near.get(k).resolution();
      int i = at[k];
      while (i + 1 < r.size() && r.start(i + 1) <= day) {
        i++;
      }
      at[k] = i;
    }
  }

  /**
   * True when the cell lies between the two places: seen from the cell, they are at least a right angle apart. Ground
   * on the far side of a town from its neighbours is not between them.
   */
  static boolean opposite(Cells.Cell cell, Place a, Place b) {
    double scale = Math.cos(Math.toRadians(cell.lat()));
    double ax = (a.lon() - cell.lon()) * scale;
    double ay = a.lat() - cell.lat();
    double bx = (b.lon() - cell.lon()) * scale;
    double by = b.lat() - cell.lat();
    return ax * bx + ay * by <= 0;
  }

  private static boolean sameControl(Holding a, Holding b) {
    return a.status() != io.frontline.observations.Status.CONTESTED
        && b.status() != io.frontline.observations.Status.CONTESTED
        && a.holder() != null
        && a.holder().equals(b.holder());
  }
}
