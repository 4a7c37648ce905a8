package io.frontline.render.map;

import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.control.Holding;
import io.frontline.observations.Status;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * The parties a map actually draws in view, over all its panels: the ground each holds (km², summed over panels, for
 * ordering) including parties seen only as the other side of contested or besieged ground, and whether contested
 * or besieged ground, or ground that rests on old reports or on inference, appears at all.
 */
record DrawnParties(
    Map<String, Double> ground_km2,
    boolean contested,
    boolean besieged,
    boolean stale,
    boolean inferred) {
  DrawnParties {
    ground_km2 = Map.copyOf(ground_km2);
  }

  /** The parties drawn within {@code view} (lon/lat; pieces outside it are not seen, so not in the legend). */
  static DrawnParties of(MapInput input, Envelope view) {
    Map<String, Double> ground = new LinkedHashMap<>();
    boolean contested = false;
    boolean besieged = false;
    boolean stale = false;
    boolean inferred = false;
    for (MapInput.Panel panel : input.panels()) {
      int staleAfter = panel.figures().method().config().staleAfterDays();
      for (ControlIndex.ControlMap.Piece piece :
          panel.map().map(ControlIndex.ControlMap::pieces).orElse(List.of())) {
        if (!piece.atom().geometry().getEnvelopeInternal().intersects(view)) {
          continue;
        }
        Holding h = piece.holding();
        contested |= h.status() == Status.CONTESTED;
        besieged |= h.status() == Status.BESIEGED;
        Basis basis = piece.basis(panel.date(), staleAfter);
        stale |= basis == Basis.STALE;
        inferred |= basis == Basis.INFERRED;
        if (h.holder() != null) {
          ground.merge(h.holder(), piece.atom().area_km2(), Double::sum);
        }
        if (h.other() != null) {
          ground.merge(h.other(), 0.0, Double::sum);
        }
      }
    }
    return new DrawnParties(ground, contested, besieged, stale, inferred);
  }

  /** The parties drawn: the chosen actor first when it is drawn, then by ground held, largest first. */
  List<String> order(Optional<String> focus) {
    List<String> out = new ArrayList<>(ground_km2.keySet());
    out.sort(Comparator.comparing((String id) -> !focus.map(id::equals).orElse(false))
        .thenComparing(
            Comparator.comparingDouble((String id) -> ground_km2.get(id)).reversed())
        .thenComparing(Comparator.naturalOrder()));
    return out;
  }
}
