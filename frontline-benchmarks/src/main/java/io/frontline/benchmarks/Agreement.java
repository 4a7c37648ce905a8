package io.frontline.benchmarks;

import io.frontline.benchmarks.peer.PeerFigures;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.observations.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Frontline's figures against the peer's, actor by actor on each compared date. Frontline's areas are summed unrounded
 * from the index's map (the figures round to 0.1 km2); areas agree when their relative difference is within the
 * tolerance or their absolute difference is under 0.1 km2; population and settlements must be equal.
 */
public record Agreement(List<Line> lines, double tolerance) {
  /** One actor on one date. */
  public record Line(
      LocalDate date,
      String actor,
      double frontline_km2,
      double peer_km2,
      double frontlineContested_km2,
      double peerContested_km2,
      long frontlinePopulation,
      long peerPopulation,
      int frontlineSettlements,
      int peerSettlements) {

    public double areaDifference() {
      return relative(frontline_km2, peer_km2);
    }

    public double contestedDifference() {
      return relative(frontlineContested_km2, peerContested_km2);
    }

    boolean agrees(double tolerance) {
      return within(frontline_km2, peer_km2, tolerance)
          && within(frontlineContested_km2, peerContested_km2, tolerance)
          && frontlinePopulation == peerPopulation
          && frontlineSettlements == peerSettlements;
    }

    private static boolean within(double a, double b, double tolerance) {
      return Math.abs(a - b) < 0.1 || relative(a, b) <= tolerance;
    }

    private static double relative(double a, double b) {
      double scale = Math.max(Math.abs(a), Math.abs(b));
      return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%s %-26s %12.1f %12.1f %9.5f%% | contested %9.1f %9.1f | population %,11d"
              + " %,11d | settlements %5d %5d",
          date,
          actor,
          frontline_km2,
          peer_km2,
          areaDifference() * 100,
          frontlineContested_km2,
          peerContested_km2,
          frontlinePopulation,
          peerPopulation,
          frontlineSettlements,
          peerSettlements);
    }
  }

  public Agreement {
    lines = List.copyOf(lines);
  }

  /** Compares the two sets of figures for one date; actors with nothing in either are left out. */
  public static List<Line> compare(ControlIndex index, Figures frontline, PeerFigures peer) {
    Map<String, double[]> areas = unrounded(index, frontline.date());
    List<Line> out = new ArrayList<>();
    for (ActorFigures f : frontline.actors()) {
      PeerFigures.Row p = peer.actor(f.id()).orElse(new PeerFigures.Row(f.id(), 0, 0, 0, 0));
      double[] a = areas.getOrDefault(f.id(), new double[2]);
      if (a[0] + a[1] + p.area_km2() + p.contested_km2() + f.settlements() + p.settlements() > 0) {
        out.add(new Line(
            frontline.date(),
            f.id(),
            a[0],
            p.area_km2(),
            a[1],
            p.contested_km2(),
            f.population(),
            p.population(),
            f.settlements(),
            p.settlements()));
      }
    }
    return out;
  }

  /** Held and contested km2 per actor, unrounded, as FiguresOp sums them (a contested place's stated share held). */
  static Map<String, double[]> unrounded(ControlIndex index, LocalDate date) {
    Map<String, double[]> out = new HashMap<>();
    for (ControlIndex.ControlMap.Piece piece : index.mapAt(date).pieces()) {
      Holding h = piece.holding();
      double km2 = piece.atom().area_km2();
      if (h.status() == Status.CONTESTED) {
        Stream.of(h.holder(), h.other()).filter(Objects::nonNull).forEach(a -> {
          double[] sums = out.computeIfAbsent(a, k -> new double[2]);
          sums[1] += km2;
          double share = h.shareOf(a);
          sums[0] += share > 0 ? km2 * share : 0;
        });
      } else if (h.holder() != null) {
        out.computeIfAbsent(h.holder(), k -> new double[2])[0] += km2;
      }
    }
    return out;
  }

  public boolean agrees() {
    return lines.stream().allMatch(l -> l.agrees(tolerance));
  }

  /** The largest relative difference of held area over lines with at least 1 km2. */
  public double maxAreaDifference() {
    return lines.stream()
        .filter(l -> Math.max(l.frontline_km2(), l.peer_km2()) >= 1)
        .mapToDouble(Line::areaDifference)
        .max()
        .orElse(0);
  }

  public long disagreements() {
    return lines.stream().filter(l -> !l.agrees(tolerance)).count();
  }
}
