package io.frontline.app.control;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndex.ControlMap.Piece;
import io.frontline.control.Holding;
import io.frontline.geometry.Geometries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * The control map of a date dissolved per holding (holder, status, other party) and basis, largest first: the areas
 * every map, export and feature collection shows.
 */
public final class ControlAreas {
  private ControlAreas() {}

  /** The areas; {@code union} dissolves a group of atoms (the server caches it, as most groups last for days). */
  public static List<ControlArea> dissolve(
      ControlIndex index,
      LocalDate date,
      int staleAfterDays,
      Function<List<Atom>, Geometry> union) {
    Map<String, List<Piece>> groups = new LinkedHashMap<>();
    for (Piece p : index.mapAt(date).pieces()) {
      Holding h = p.holding();
      String k =
          h.holder() + "|" + h.status() + "|" + h.other() + "|" + p.basis(date, staleAfterDays);
      groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p);
    }
    List<ControlArea> out = new ArrayList<>();
    groups.values().forEach(pieces -> out.add(area(pieces, date, staleAfterDays, union)));
    out.sort(Comparator.comparingDouble(ControlArea::area_km2).reversed());
    return List.copyOf(out);
  }

  /** The areas, each group's atoms dissolved afresh. */
  public static List<ControlArea> dissolve(ControlIndex index, LocalDate date, int staleAfterDays) {
    return dissolve(
        index,
        date,
        staleAfterDays,
        atoms -> Geometries.dissolveCoverage(atoms.stream().map(Atom::geometry).toList()));
  }

  private static ControlArea area(
      List<Piece> pieces,
      LocalDate date,
      int staleAfterDays,
      Function<List<Atom>, Geometry> union) {
    List<Atom> atoms = pieces.stream().map(Piece::atom).toList();
    double km2 = atoms.stream().mapToDouble(Atom::area_km2).sum();
    double implied = pieces.stream()
        .filter(p -> p.holding().decidedBy().implied())
        .mapToDouble(p -> p.atom().area_km2())
        .sum();
    Holding h = pieces.get(0).holding();
    boolean one = pieces.stream()
            .map(p -> p.holding().decidedBy().observation().id())
            .distinct()
            .count()
        == 1;
    Long age = one ? pieces.get(0).ageDays(date) : null;
    long oldest = pieces.stream().mapToLong(p -> p.ageDays(date)).max().orElse(0);
    return new ControlArea(
        h.holder(),
        h.status(),
        h.other(),
        union.apply(atoms),
        round(km2),
        round(implied),
        pieces.get(0).basis(date, staleAfterDays),
        age,
        oldest);
  }

  private static double round(double km2) {
    return Math.round(km2 * 10) / 10.0;
  }
}
