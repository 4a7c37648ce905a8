package io.frontline.control;

import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything needed to answer "who held what on date D" quickly: the atoms of the footprint arrangement with their
 * areas, and the settlements with their candidates. Built once per store state by {@link ControlIndexBuilder};
 * immutable and safe to share between threads.
 */
public record ControlIndex(
    List<Observation> observations,
    List<Footprint> footprints,
    List<Atom> atoms,
    List<Site> sites,
    ZoneConfig zones,
    ObservationStats stats,
    String populationMethod) {

  public ControlIndex {
    observations =
        observations instanceof ObservationList ? observations : List.copyOf(observations);
    footprints = footprints instanceof DeferredList ? footprints : List.copyOf(footprints);
    atoms = List.copyOf(atoms);
    sites = List.copyOf(sites);
  }

  public ControlIndex(
      List<Observation> observations,
      List<Footprint> footprints,
      List<Atom> atoms,
      List<Site> sites,
      ZoneConfig zones,
      ObservationStats stats) {
    this(
        observations,
        footprints,
        atoms,
        sites,
        zones,
        stats,
        io.frontline.gazetteer.PopulationEstimate.GAZETTEER.method());
  }

  /**
   * The observations whose subject is the place {@code placeId}, in the index's order; a cached index makes only
   * those.
   */
  public List<Observation> observationsOf(long placeId) {
    List<Observation> out = new ArrayList<>();
    for (int i = 0; i < observations.size(); i++) {
      Long subject = ObservationList.facts(observations, i).placeId();
      if (subject != null && subject == placeId) {
        out.add(observations.get(i));
      }
    }
    return out;
  }

  /** The places that observations speak of; a cached index tells them without making the observations. */
  public java.util.Set<Long> observedPlaceIds() {
    java.util.Set<Long> out = new java.util.HashSet<>();
    for (int i = 0; i < observations.size(); i++) {
      Long subject = ObservationList.facts(observations, i).placeId();
      if (subject != null) {
        out.add(subject);
      }
    }
    return out;
  }

  /** The control map on a date: each atom's holding, atoms with no holding left out. */
  public ControlMap mapAt(LocalDate date) {
    List<ControlMap.Piece> pieces = new ArrayList<>();
    for (Atom atom : atoms) {
      atom.at(date).ifPresent(h -> pieces.add(new ControlMap.Piece(atom, h)));
    }
    return new ControlMap(date, pieces);
  }

  public Optional<Site> findSite(long placeId) {
    return sites.stream().filter(s -> s.place().id() == placeId).findFirst();
  }

  /** The first and last day any observation starts on, if there are observations. */
  public Optional<LocalDate[]> dateRange() {
    return observations.stream()
        .map(o -> o.statement().date().start())
        .reduce((a, b) -> a.isBefore(b) ? a : b)
        .map(first -> new LocalDate[] {
          first,
          observations.stream()
              .map(o -> o.statement().date().start())
              .reduce((a, b) -> a.isAfter(b) ? a : b)
              .orElseThrow()
        });
  }

  /**
   * The control map on one date, with its pieces dissolved into one geometry per holding on request, or per holding
   * and {@link Basis} so that a map can tell fresh ground from ground that rests on old reports or on inference.
   */
  public record ControlMap(LocalDate date, List<Piece> pieces) {
    public ControlMap {
      pieces = List.copyOf(pieces);
    }

    public record Piece(Atom atom, Holding holding) {
      /** What the piece's holding rests on, on {@code date}, with reports older than {@code staleAfterDays} stale. */
      public Basis basis(LocalDate date, int staleAfterDays) {
        if (holding.inferred()) {
          return Basis.INFERRED;
        }
        return holding.staleOn(date.toEpochDay(), staleAfterDays) ? Basis.STALE : Basis.OBSERVED;
      }

      /** Days from the deciding observation's start to {@code date}. */
      public long ageDays(LocalDate date) {
        return date.toEpochDay() - holding.decidedBy().startDay();
      }
    }

    /** What a holding on the map rests on: a report within the limit, an older report, or inference between towns. */
    public enum Basis {
      OBSERVED,
      STALE,
      INFERRED;

      /** The lower-case name used in files and the API: "observed", "stale", "inferred". */
      public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
      }
    }

    /**
     * One holding's ground of one basis, dissolved. {@code key} is the holding's key ("actor:status"),
     * {@code holding} the first piece's holding (all share holder and status), {@code ageDays} the age of the
     * deciding observation when all pieces rest on the same one, {@code oldestDays} the oldest age among them.
     */
    public record Part(
        String key,
        Basis basis,
        Holding holding,
        Geometry geometry,
        double area_km2,
        OptionalLong ageDays,
        long oldestDays) {}

    /** One geometry per holding key ("actor:status"), dissolved. */
    public Map<String, Geometry> dissolved() {
      Map<String, List<Geometry>> byKey = new LinkedHashMap<>();
      for (Piece p : pieces) {
        byKey
            .computeIfAbsent(p.holding().key(), k -> new ArrayList<>())
            .add(p.atom().geometry());
      }
      Map<String, Geometry> out = new LinkedHashMap<>();
      byKey.forEach((k, parts) -> out.put(k, Geometries.dissolveCoverage(parts)));
      return out;
    }

    /** One geometry per holding key and basis, dissolved, in the order keys first appear, then by basis. */
    public List<Part> dissolvedByBasis(int staleAfterDays) {
      Map<String, Map<Basis, List<Piece>>> groups = new LinkedHashMap<>();
      for (Piece p : pieces) {
        groups
            .computeIfAbsent(p.holding().key(), k -> new EnumMap<>(Basis.class))
            .computeIfAbsent(p.basis(date, staleAfterDays), b -> new ArrayList<>())
            .add(p);
      }
      List<Part> out = new ArrayList<>();
      groups.forEach(
          (key, byBasis) -> byBasis.forEach((basis, group) -> out.add(part(key, basis, group))));
      return out;
    }

    private Part part(String key, Basis basis, List<Piece> group) {
      Geometry geometry = Geometries.dissolveCoverage(
          group.stream().map(p -> p.atom().geometry()).toList());
      double km2 = group.stream().mapToDouble(p -> p.atom().area_km2()).sum();
      long distinct = group.stream()
          .map(p -> p.holding().decidedBy().observation().id())
          .distinct()
          .count();
      OptionalLong age =
          distinct == 1 ? OptionalLong.of(group.get(0).ageDays(date)) : OptionalLong.empty();
      long oldest = group.stream().mapToLong(p -> p.ageDays(date)).max().orElse(0);
      return new Part(key, basis, group.get(0).holding(), geometry, km2, age, oldest);
    }
  }
}
