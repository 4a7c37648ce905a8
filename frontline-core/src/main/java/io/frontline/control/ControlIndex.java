package io.frontline.control;

import io.frontline.observations.Observation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Everything needed to answer "who held what on date D" quickly: the atoms of the footprint arrangement with their
 * areas, and the settlements with their candidates. Built once per store state by {@link ControlIndexBuilder};
 * immutable and safe to share between threads.
 */
public record ControlIndex(List<Observation> observations, List<Footprint> footprints, List<Atom> atoms,
    List<Site> sites, ZoneConfig zones, ObservationStats stats, String populationMethod) {

  public ControlIndex {
    observations = List.copyOf(observations);
    footprints = List.copyOf(footprints);
    atoms = List.copyOf(atoms);
    sites = List.copyOf(sites);
  }

  public ControlIndex(List<Observation> observations, List<Footprint> footprints, List<Atom> atoms, List<Site> sites,
      ZoneConfig zones, ObservationStats stats) {
    this(observations, footprints, atoms, sites, zones, stats,
        io.frontline.gazetteer.PopulationEstimate.GAZETTEER.method());
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
    return observations.stream().map(o -> o.statement().date().start()).reduce((a, b) -> a.isBefore(b) ? a : b)
        .map(first -> new LocalDate[] {first, observations.stream().map(o -> o.statement().date().start())
            .reduce((a, b) -> a.isAfter(b) ? a : b).orElseThrow()});
  }

  /** The control map on one date, with its pieces dissolved into one geometry per holding on request. */
  public record ControlMap(LocalDate date, List<Piece> pieces) {
    public record Piece(Atom atom, Holding holding) {
    }

    /** One geometry per holding key ("actor:status"), dissolved. */
    public Map<String, Geometry> dissolved() {
      Map<String, List<Geometry>> byKey = new LinkedHashMap<>();
      for (Piece p : pieces) {
        byKey.computeIfAbsent(p.holding().key(), k -> new ArrayList<>()).add(p.atom().geometry());
      }
      Map<String, Geometry> out = new LinkedHashMap<>();
      byKey.forEach((k, parts) -> out.put(k, io.frontline.geometry.Geometries.dissolveCoverage(parts)));
      return out;
    }
  }
}
