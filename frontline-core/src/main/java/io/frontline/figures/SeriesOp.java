package io.frontline.figures;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Daily area, population and settlements held by one actor between two dates (inclusive). */
public final class SeriesOp {
  /** One day's figures. */
  public record Point(LocalDate date, double area_km2, double contested_km2, long population, int settlements) {
  }

  private final ControlIndex index;

  public SeriesOp(ControlIndex index) {
    this.index = index;
  }

  public List<Point> series(String actorId, LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("series end " + to + " is before its start " + from);
    }
    List<Point> points = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      points.add(point(actorId, d));
    }
    return points;
  }

  private Point point(String actorId, LocalDate date) {
    double area = 0;
    double contested = 0;
    for (Atom atom : index.atoms()) {
      Holding h = atom.at(date).orElse(null);
      if (h != null) {
        area += h.heldBy(actorId) ? atom.area_km2() : 0;
        contested += h.contestedBy(actorId) ? atom.area_km2() : 0;
      }
    }
    long population = 0;
    int settlements = 0;
    for (Site site : index.sites()) {
      Holding h = site.at(date).orElse(null);
      if (h != null && h.heldBy(actorId)) {
        population += site.place().population();
        settlements++;
      }
    }
    return new Point(date, Math.round(area * 10) / 10.0, Math.round(contested * 10) / 10.0, population, settlements);
  }
}
