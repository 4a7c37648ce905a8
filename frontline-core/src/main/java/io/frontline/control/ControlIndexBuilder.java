package io.frontline.control;

import io.frontline.basemap.Basemap;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.gazetteer.PopulationEstimate;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Turns observations into a {@link ControlIndex}. Each observed place gets its own holdings over time from its
 * observations (the last that has started wins), with region-wide ends applied; the ground is cut into fixed
 * {@link Cells}; each cell takes the holding of the nearest observed places of its country that have one on the date
 * ({@link ZoneConfig}); drawn areas split the cells they overlap and compete with them by the same rule.
 */
public final class ControlIndexBuilder {
  private final Gazetteer gazetteer;
  private final Basemap basemap;
  private final ZoneConfig config;
  private final LayoutMemo memo;
  private final PopulationEstimate population;

  public ControlIndexBuilder(Gazetteer gazetteer, Basemap basemap, ZoneConfig config) {
    this(gazetteer, basemap, config, new LayoutMemo());
  }

  public ControlIndexBuilder(
      Gazetteer gazetteer, Basemap basemap, ZoneConfig config, LayoutMemo memo) {
    this(gazetteer, basemap, config, memo, PopulationEstimate.GAZETTEER);
  }

  /** A builder that reuses the cells {@code memo} keeps from an earlier build where they still hold. */
  public ControlIndexBuilder(
      Gazetteer gazetteer,
      Basemap basemap,
      ZoneConfig config,
      LayoutMemo memo,
      PopulationEstimate population) {
    this.gazetteer = gazetteer;
    this.basemap = basemap;
    this.config = config;
    this.memo = memo;
    this.population = population;
  }

  public ControlIndex build(List<Observation> observations) {
    Grouped g = group(observations);
    Map<Long, Resolution> own = new LinkedHashMap<>();
    g.places.forEach((id, place) -> own.put(
        id,
        Resolution.own(
            candidates(g.byPlace.get(id), config.impliedDays()),
            endingsAt(g.endings, place.lon(), place.lat()))));
    Set<Long> odd = g.unsettled();
    List<Cells.Cell> cells = memo.cells(
        config,
        g.countries(basemap),
        g.extent(config),
        odd,
        () -> Cells.partition(
            gazetteer, basemap, config, g.countries(basemap), g.extent(config), odd));
    CellResolver resolver = new CellResolver(config, g.places, own, g.endings, population);
    List<Atom> atoms = new ArrayList<>();
    List<Site> sites = new ArrayList<>();
    List<Footprint> footprints = new ArrayList<>();
    AreaOverlay areas = new AreaOverlay(g.areas, g.endings);
    Set<Long> zoned = new HashSet<>();
    for (Cells.Cell cell : cells) {
      Resolution base = resolver.resolve(cell);
      areas.split(cell.geometry(), cell.area_km2(), base, (geometry, km2, resolution) -> {
        if (resolution.size() > 0) {
          atoms.add(new Atom(atoms.size(), geometry, km2, resolution));
        }
      });
      Place place = cell.place();
      if (place != null) {
        boolean observed = own.containsKey(place.id());
        Resolution atPlace = areas.at(place.lon(), place.lat(), base);
        if (atPlace.size() > 0 && (place.isSettlement() || observed)) {
          sites.add(new Site(
              place, observed, atPlace.withReach(config.central()), population.people(place)));
        }
        if (observed && zoned.add(place.id())) {
          footprints.add(new Footprint(
              "place:" + place.id(),
              place.id(),
              place.population(),
              cell.geometry(),
              own.get(place.id()).candidates()));
        }
      }
    }
    footprints.addAll(areas.footprints());
    return new ControlIndex(
        observations,
        footprints,
        atoms,
        sites,
        config,
        ObservationStats.of(observations, footprints),
        population.method());
  }

  private static List<Ending> endingsAt(List<Ending> endings, double lon, double lat) {
    return endings.stream().filter(e -> e.covers(lon, lat)).toList();
  }

  /** The observations sorted by what they speak of. */
  private Grouped group(List<Observation> observations) {
    Grouped g = new Grouped();
    for (Observation o : observations) {
      Subject subject = o.statement().subject();
      Status status = o.statement().status();
      if (status == Status.PRESENCE) {
        continue;
      }
      if (subject instanceof Subject.PlaceRef ref) {
        g.byPlace.computeIfAbsent(ref.placeId(), k -> new ArrayList<>()).add(o);
      } else if (subject instanceof Subject.Area area && status == Status.ENDS) {
        g.endings.add(Ending.of(Candidate.of(o), PreparedGeometryFactory.prepare(area.geometry())));
      } else if (subject instanceof Subject.Area area) {
        g.areas.add(new Footprint(
            "area:" + o.lineage(),
            0,
            0,
            Densifier.densify(area.geometry(), Cells.MAX_SEGMENT_DEG),
            capture(List.of(o), config.impliedDays())));
      }
    }
    for (Long id : g.byPlace.keySet()) {
      gazetteer.findPlace(id).ifPresent(p -> g.places.put(id, p));
    }
    return g;
  }

  /** Candidates of a drawn area's observations, plus the previous holder its earliest capture names. */
  static List<Candidate> capture(List<Observation> observations, int impliedDays) {
    List<Candidate> out = new ArrayList<>();
    for (Candidate c : candidates(observations, impliedDays)) {
      if (!c.implied() || !c.holder().equals(c.statement().actorId())) {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * Candidates of one place's observations, plus the holder implied by its earliest: the previous holder a capture
   * names, or the holder a first report of holding names (it held the place before it was reported), for a bounded
   * time before.
   */
  static List<Candidate> candidates(List<Observation> observations, int impliedDays) {
    List<Candidate> out = new ArrayList<>();
    for (Observation o : observations) {
      Status status = o.statement().status();
      if (status != Status.PRESENCE && status != Status.ENDS) {
        out.add(Candidate.of(o));
      }
    }
    Optional<Candidate> earliest = out.stream().min(Candidate.PRIORITY);
    earliest
        .filter(c -> c.statement().fromActorId() != null)
        .ifPresent(c -> out.add(Candidate.impliedBefore(c.observation(), impliedDays)));
    earliest
        .filter(c -> c.statement().fromActorId() == null && c.status() == Status.CONTROLS)
        .ifPresent(c -> out.add(Candidate.impliedHeld(c.observation(), impliedDays)));
    return out;
  }

  static Comparator<Footprint> byKey() {
    return Comparator.comparing(Footprint::key);
  }

  /** Observations grouped: by observed place, drawn areas, region-wide ends. */
  private static final class Grouped {
    final Map<Long, List<Observation>> byPlace = new LinkedHashMap<>();
    final Map<Long, Place> places = new LinkedHashMap<>();
    final List<Footprint> areas = new ArrayList<>();
    final List<Ending> endings = new ArrayList<>();

    /** The observed places that are not settlements: they get cells of their own. */
    Set<Long> unsettled() {
      Set<Long> out = new HashSet<>();
      places.values().stream().filter(p -> !p.isSettlement()).forEach(p -> out.add(p.id()));
      return out;
    }

    private List<String> countries;

    /** The countries of the observed places and of the drawn areas, sorted (computed once). */
    List<String> countries(Basemap basemap) {
      if (countries != null) {
        return countries;
      }
      TreeSet<String> out = new TreeSet<>();
      places.values().forEach(p -> out.add(p.country()));
      if (!areas.isEmpty()) {
        STRtree outlines = new STRtree();
        basemap.countries().stream()
            .filter(c -> c.outline() != null)
            .forEach(c -> outlines.insert(c.outline().getEnvelopeInternal(), c));
        Map<String, PreparedGeometry> prepared = new HashMap<>();
        for (Footprint a : areas) {
          for (Object o : outlines.query(a.geometry().getEnvelopeInternal())) {
            io.frontline.basemap.Country c = (io.frontline.basemap.Country) o;
            if (!out.contains(c.iso2())
                && prepared
                    .computeIfAbsent(c.iso2(), k -> PreparedGeometryFactory.prepare(c.outline()))
                    .intersects(a.geometry())) {
              out.add(c.iso2());
            }
          }
        }
      }
      out.remove("");
      countries = List.copyOf(out);
      return countries;
    }

    /** Where cells are needed: around the observed places and areas, as far as a cell looks for a place, and more. */
    Envelope extent(ZoneConfig config) {
      Envelope e = new Envelope();
      places.values().forEach(p -> e.expandToInclude(p.lon(), p.lat()));
      areas.forEach(a -> e.expandToInclude(a.geometry().getEnvelopeInternal()));
      if (e.isNull()) {
        return e;
      }
      double km = config.farthest_km() + 3 * config.cellSpacing_km();
      double lat = Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY()));
      e.expandBy(
          km / (111.32 * Math.max(0.1, Math.cos(Math.toRadians(Math.min(lat + km / 111.32, 89))))),
          km / 110.57);
      return e;
    }
  }

  /** The drawn areas: they split the cells they overlap, and the pieces inside take their holdings too. */
  static final class AreaOverlay {
    private final List<Footprint> areas;
    private final STRtree index = new STRtree();
    private final Map<Footprint, PreparedGeometry> prepared = new HashMap<>();
    private final Map<Footprint, Resolution> resolutions = new HashMap<>();

    AreaOverlay(List<Footprint> areas, List<Ending> endings) {
      this.areas = areas;
      for (Footprint a : areas) {
        index.insert(a.geometry().getEnvelopeInternal(), a);
        prepared.put(a, PreparedGeometryFactory.prepare(a.geometry()));
        org.locationtech.jts.geom.Point inside = a.geometry().getInteriorPoint();
        resolutions.put(
            a, Resolution.own(a.candidates(), endingsAt(endings, inside.getX(), inside.getY())));
      }
    }

    List<Footprint> footprints() {
      return areas;
    }

    interface PieceSink {
      void piece(Geometry geometry, double km2, Resolution resolution);
    }

    void split(Geometry cell, double km2, Resolution base, PieceSink sink) {
      List<Footprint> over = overlapping(cell);
      if (over.isEmpty()) {
        sink.piece(cell, km2, base);
        return;
      }
      List<Piece> pieces = List.of(new Piece(cell, List.of()));
      for (Footprint a : over) {
        List<Piece> next = new ArrayList<>();
        for (Piece p : pieces) {
          Geometry in = Geometries.intersection(p.geometry(), a.geometry());
          Geometry out = Geometries.difference(p.geometry(), a.geometry());
          if (!in.isEmpty()) {
            List<Footprint> with = new ArrayList<>(p.areas());
            with.add(a);
            next.add(new Piece(in, with));
          }
          if (!out.isEmpty()) {
            next.add(new Piece(out, p.areas()));
          }
        }
        pieces = next;
      }
      for (Piece p : pieces) {
        for (int i = 0; i < p.geometry().getNumGeometries(); i++) {
          Geometry part = p.geometry().getGeometryN(i);
          sink.piece(part, io.frontline.geometry.GeodesicArea.km2(part), overlay(base, p.areas()));
        }
      }
    }

    /** The resolution at a point: the cell's, with the areas that cover the point. */
    Resolution at(double lon, double lat, Resolution base) {
      org.locationtech.jts.geom.Point point =
          Geometries.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(lon, lat));
      List<Footprint> covering = new ArrayList<>();
      for (Object o : index.query(point.getEnvelopeInternal())) {
        Footprint a = (Footprint) o;
        if (prepared.get(a).covers(point)) {
          covering.add(a);
        }
      }
      return overlay(base, covering);
    }

    private List<Footprint> overlapping(Geometry cell) {
      List<Footprint> out = new ArrayList<>();
      for (Object o : index.query(cell.getEnvelopeInternal())) {
        Footprint a = (Footprint) o;
        PreparedGeometry p = prepared.get(a);
        if (p.intersects(cell)) {
          out.add(a);
        }
      }
      out.sort(byKey());
      return out;
    }

    /** At every day any of them changes, the holding whose deciding candidate comes last by the rule. */
    private Resolution overlay(Resolution base, List<Footprint> over) {
      if (over.isEmpty()) {
        return base;
      }
      List<Resolution> all = new ArrayList<>();
      all.add(base);
      over.forEach(a -> all.add(resolutions.get(a)));
      TreeSet<Long> days = new TreeSet<>();
      List<Candidate> candidates = new ArrayList<>();
      for (Resolution r : all) {
        for (int i = 0; i < r.size(); i++) {
          days.add(r.start(i));
        }
        candidates.addAll(r.candidates());
      }
      Resolution.SpanBuilder out = new Resolution.SpanBuilder();
      for (long day : days) {
        Holding best = null;
        for (Resolution r : all) {
          Holding h = r.raw(day);
          if (h != null && (best == null || BY_RULE.compare(h, best) > 0)) {
            best = h;
          }
        }
        out.add(day, best);
      }
      return out.build(candidates, base.reach());
    }

    /** A holding decided in the ground itself beats one taken from a town farther off, then the rule decides. */
    private static final Comparator<Holding> BY_RULE = Comparator.comparing(
            (Holding h) -> h.distance_km() == 0)
        .thenComparing(Holding::decidedBy, Candidate.PRIORITY);

    private record Piece(Geometry geometry, List<Footprint> areas) {}
  }
}
