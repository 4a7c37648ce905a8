package io.frontline.figures.calibration;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.geometry.GeodesicArea;
import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The daily area an actor holds inside one country: each atom counts with the part of its geodesic area that lies
 * inside the country's outline (whole when inside, nothing when outside, the intersection's share when it crosses
 * the border), summed in whole square metres over the atom's holdings as {@code SeriesOp} does.
 */
public final class CountryAreaOp {
  private final ControlIndex index;
  private final PreparedGeometry outline;
  private final Geometry raw;

  public CountryAreaOp(ControlIndex index, Geometry countryOutline) {
    this.index = index;
    this.raw = countryOutline;
    this.outline = PreparedGeometryFactory.prepare(countryOutline);
  }

  /** The area in km2 for each day from {@code from} to {@code to} (inclusive). */
  public double[] daily_km2(String actorId, LocalDate from, LocalDate to) {
    long first = from.toEpochDay();
    int days = Math.toIntExact(to.toEpochDay() - first + 1);
    long[] deltas = new long[days + 1];
    for (Atom atom : index.atoms()) {
      long m2 = Math.round(atom.area_km2() * share(atom.geometry()) * 1e6);
      if (m2 == 0) {
        continue;
      }
      atom.resolution().spans((h, start, end) -> {
        if (h.heldBy(actorId)) {
          long a = Math.max(start, first) - first;
          long b = end >= first + days ? days : end - first;
          if (a < b) {
            deltas[(int) a] += m2;
            deltas[(int) b] -= m2;
          }
        }
      });
    }
    double[] out = new double[days];
    long sum = 0;
    for (int i = 0; i < days; i++) {
      sum += deltas[i];
      out[i] = Math.round(sum / 1e5) / 10.0;
    }
    return out;
  }

  /** The share of a geometry's geodesic area inside the country, 0 to 1. */
  double share(Geometry g) {
    if (outline.contains(g)) {
      return 1;
    }
    if (!outline.intersects(g)) {
      return 0;
    }
    double whole = GeodesicArea.km2(g);
    if (whole <= 0) {
      return outline.contains(g.getInteriorPoint()) ? 1 : 0;
    }
    try {
      return Math.min(1, GeodesicArea.km2(g.intersection(raw)) / whole);
    } catch (RuntimeException e) {
      return outline.contains(g.getInteriorPoint()) ? 1 : 0;
    }
  }
}
