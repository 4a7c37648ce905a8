package io.frontline.control;

import io.frontline.gazetteer.Place;
import io.frontline.gazetteer.PopulationEstimate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

  CellResolver(ZoneConfig config, Map<Long, Place> places, Map<Long, Resolution> own, List<Ending> endings,
      PopulationEstimate population) {
    this.config = config;
    this.population = population;
    this.own = own;
    this.endings = endings;
    places.values().forEach(p -> observed.insert(new Envelope(new Coordinate(p.lon(), p.lat())), p));
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
    List<Ending> here = endings.stream().filter(e -> e.covers(cell.lon(), cell.lat())).toList();
    return here.isEmpty() ? derived : derived.ended(here).withReach(config.central());
  }

  private record Near(Place place, double km, Resolution resolution) {
  }

  /** The observed places of the cell's country within the farthest reach, nearest first. */
  private List<Near> near(Cells.Cell cell) {
    Place here = cell.place();
    long size = here != null && here.isSettlement() ? population.people(here) : 0;
    double km = config.farthest_km();
    double dLat = km / 110.57;
    double dLon = km / (111.32 * Math.max(0.05, Math.cos(Math.toRadians(Math.abs(cell.lat()) + dLat))));
    Envelope box = new Envelope(cell.lon() - dLon, cell.lon() + dLon, cell.lat() - dLat, cell.lat() + dLat);
    List<Near> out = new ArrayList<>();
    for (Object o : observed.query(box)) {
      Place p = (Place) o;
      if (!p.country().equals(cell.country()) || !p.isSettlement() || p.featureCode().startsWith("PPLX")
          || size > 0 && population.people(p) < size) {
        continue;
      }
      double d = Cells.km(cell.lat(), cell.lon(), p.lat(), p.lon());
      if (d <= km) {
        out.add(new Near(p, d, own.get(p.id())));
      }
    }
    out.sort(Comparator.comparingDouble(Near::km).thenComparingLong(n -> n.place().id()));
    return out;
  }

  private Resolution derive(Cells.Cell cell, List<Near> near) {
    TreeSet<Long> days = new TreeSet<>();
    List<Candidate> candidates = new ArrayList<>();
    for (Near n : near) {
      for (int i = 0; i < n.resolution().size(); i++) {
        days.add(n.resolution().start(i));
      }
    }
    Reach central = config.central();
    Resolution.SpanBuilder out = new Resolution.SpanBuilder();
    for (long day : days) {
      Holding first = null;
      double firstKm = 0;
      double agreeing = Double.POSITIVE_INFINITY;
      Near firstPlace = null;
      for (Near n : near) {
        Holding h = n.resolution().raw(day);
        if (h == null) {
          continue;
        }
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
      Holding seen = first.seenFrom(firstKm, agreeing, false);
      out.add(day, seen.seenFrom(firstKm, agreeing, central.infers(seen)));
      if (!candidates.contains(first.decidedBy())) {
        candidates.add(first.decidedBy());
      }
    }
    return out.build(candidates, central);
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
        && a.holder() != null && a.holder().equals(b.holder());
  }
}
