package io.frontline.app.events;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.events.Event;
import io.frontline.events.Ground;
import io.frontline.timeline.DatePrecision;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Counts {@link EventSummary}: each event's period, the actor whose ground it was on, and the actors whose front
 * lines were near. A front line of a period is the ground (the index's atoms) whose controller changed in it; the
 * distance to it is measured on a local equirectangular plane (longitudes scaled by the cosine of the ground's
 * latitude), within a fraction of a percent of the geodesic distance at these scales.
 */
final class EventSummaryOp {
  private static final double KM_PER_DEGREE = 111.32;
  private static final GeometryFactory FACTORY = new GeometryFactory();
  private final List<Atom> atoms;
  private final double frontKm;
  private final Geometry[] scaled;
  private final Map<String, Map<String, STRtree>> fronts = new HashMap<>();

  EventSummaryOp(ControlIndex index, double frontKm) {
    this.atoms = index.atoms();
    this.frontKm = frontKm;
    this.scaled = new Geometry[atoms.size()];
  }

  EventSummary summarise(
      LocalDate from, LocalDate to, List<Event> events, Ground[] grounds, List<String> credits) {
    Map<String, int[]> counts = new TreeMap<>();
    int yearPrecise = 0;
    int noPoint = 0;
    for (int i = 0; i < events.size(); i++) {
      Event e = events.get(i);
      boolean year = e.date().precision() == DatePrecision.YEAR;
      yearPrecise += year ? 1 : 0;
      if (grounds[i] instanceof Ground.NoPoint) {
        noPoint++;
        continue;
      }
      String period = year
          ? String.valueOf(e.date().start().getYear())
          : YearMonth.from(e.date().start()).toString();
      int dead = e.bestFatalities();
      if (grounds[i] instanceof Ground.Held h) {
        h.holding().controller().ifPresent(a -> add(counts, a, period, 0, dead));
      }
      for (String actor : nearFronts(period, year, e)) {
        add(counts, actor, period, 2, dead);
      }
    }
    List<EventSummary.Row> rows = new ArrayList<>();
    counts.forEach((key, c) -> {
      String[] parts = key.split("\t", 2);
      rows.add(new EventSummary.Row(
          parts[0], parts[1], parts[1].length() == 4 ? "year" : "month", c[0], c[1], c[2], c[3]));
    });
    return new EventSummary(from, to, frontKm, events.size(), yearPrecise, noPoint, rows, credits);
  }

  private static void add(
      Map<String, int[]> counts, String actor, String period, int at, int dead) {
    int[] c = counts.computeIfAbsent(actor + "\t" + period, k -> new int[4]);
    c[at]++;
    c[at + 1] += dead;
  }

  /** The actors with a change of holder within the distance of the event in its period. */
  private List<String> nearFronts(String period, boolean year, Event e) {
    Map<String, STRtree> byActor = fronts.computeIfAbsent(period, p -> frontsOf(p, year));
    List<String> near = new ArrayList<>();
    double dLat = frontKm / KM_PER_DEGREE;
    double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(e.lat())));
    Envelope around = new Envelope(e.lon() - dLon, e.lon() + dLon, e.lat() - dLat, e.lat() + dLat);
    byActor.forEach((actor, tree) -> {
      for (Object hit : tree.query(around)) {
        if (within((Integer) hit, e.lon(), e.lat())) {
          near.add(actor);
          return;
        }
      }
    });
    return near;
  }

  private boolean within(int atom, double lon, double lat) {
    Geometry g = scaled[atom];
    if (g == null) {
      Envelope env = atoms.get(atom).geometry().getEnvelopeInternal();
      double k = Math.cos(Math.toRadians((env.getMinY() + env.getMaxY()) / 2));
      g = AffineTransformation.scaleInstance(k, 1).transform(atoms.get(atom).geometry());
      g.setUserData(k);
      scaled[atom] = g;
    }
    double k = (Double) g.getUserData();
    return g.isWithinDistance(
        FACTORY.createPoint(new Coordinate(lon * k, lat)), frontKm / KM_PER_DEGREE);
  }

  /** Per actor, the atoms whose controller changed in the period, the actor gaining or losing them. */
  private Map<String, STRtree> frontsOf(String period, boolean year) {
    long first = year
        ? LocalDate.of(Integer.parseInt(period), 1, 1).toEpochDay()
        : YearMonth.parse(period).atDay(1).toEpochDay();
    long end = year
        ? LocalDate.of(Integer.parseInt(period) + 1, 1, 1).toEpochDay()
        : YearMonth.parse(period).plusMonths(1).atDay(1).toEpochDay();
    Map<String, STRtree> trees = new HashMap<>();
    for (int a = 0; a < atoms.size(); a++) {
      int atom = a;
      for (String actor : changedIn(atoms.get(a), first, end)) {
        trees
            .computeIfAbsent(actor, k -> new STRtree())
            .insert(atoms.get(atom).geometry().getEnvelopeInternal(), atom);
      }
    }
    return trees;
  }

  /** The actors that gained or lost the atom's ground between epoch days {@code first} and {@code end}. */
  private static List<String> changedIn(Atom atom, long first, long end) {
    List<String> actors = new ArrayList<>(2);
    String[] before = {null};
    long[] lastEnd = {Long.MIN_VALUE};
    atom.resolution().spans((Holding h, long firstDay, long endDay) -> {
      String prior = firstDay == lastEnd[0] ? before[0] : null;
      String now = h.controller().orElse(null);
      if (firstDay >= first && firstDay < end && !Objects.equals(prior, now)) {
        addIfActor(actors, prior);
        addIfActor(actors, now);
      }
      if (lastEnd[0] != firstDay && lastEnd[0] >= first && lastEnd[0] < end) {
        addIfActor(actors, before[0]);
      }
      before[0] = now;
      lastEnd[0] = endDay;
    });
    if (lastEnd[0] >= first && lastEnd[0] < end) {
      addIfActor(actors, before[0]);
    }
    return actors.stream().distinct().toList();
  }

  private static void addIfActor(List<String> actors, String actor) {
    if (actor != null) {
      actors.add(actor);
    }
  }
}
