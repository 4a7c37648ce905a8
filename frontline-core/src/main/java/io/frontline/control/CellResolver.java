package io.frontline.control;

import io.frontline.gazetteer.Place;
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
 * more takes nothing from its neighbours: news of a town does not speak for a city; and a section of a city (a
 * camp or a district, GeoNames PPLX) holds its own cell only. Region-wide ends apply to every
 * cell whose generator lies in their region.
 */
final class CellResolver {
  private final ZoneConfig config;
  private final Map<Long, Resolution> own;
  private final List<Ending> endings;
  private final STRtree observed = new STRtree();

  CellResolver(ZoneConfig config, Map<Long, Place> places, Map<Long, Resolution> own, List<Ending> endings) {
    this.config = config;
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
    Resolution derived = derive(near);
    List<Ending> here = endings.stream().filter(e -> e.covers(cell.lon(), cell.lat())).toList();
    return here.isEmpty() ? derived : derived.ended(here).withReach(config.central());
  }

  private record Near(Place place, double km, Resolution resolution) {
  }

  /** The observed places of the cell's country within the farthest reach, nearest first. */
  private List<Near> near(Cells.Cell cell) {
    double km = config.farthest_km();
    double dLat = km / 110.57;
    double dLon = km / (111.32 * Math.max(0.05, Math.cos(Math.toRadians(Math.abs(cell.lat()) + dLat))));
    Envelope box = new Envelope(cell.lon() - dLon, cell.lon() + dLon, cell.lat() - dLat, cell.lat() + dLat);
    List<Near> out = new ArrayList<>();
    for (Object o : observed.query(box)) {
      Place p = (Place) o;
      if (!p.country().equals(cell.country()) || p.featureCode().startsWith("PPLX")) {
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

  private Resolution derive(List<Near> near) {
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
      for (Near n : near) {
        Holding h = n.resolution().raw(day);
        if (h == null) {
          continue;
        }
        if (first == null) {
          first = h;
          firstKm = n.km();
          continue;
        }
        if (sameControl(first, h)) {
          agreeing = n.km();
        }
        break;
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

  private static boolean sameControl(Holding a, Holding b) {
    return a.status() != io.frontline.observations.Status.CONTESTED
        && b.status() != io.frontline.observations.Status.CONTESTED
        && a.holder() != null && a.holder().equals(b.holder());
  }
}
