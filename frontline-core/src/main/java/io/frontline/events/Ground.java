package io.frontline.events;

import io.frontline.control.Holding;
import java.util.List;

/**
 * Whose ground an event was on, on its date, by a control index: {@link Held} (one holding over the whole date: a
 * holder that controls or besieges it, or a contested place, with the deciding observation), {@link Changed} (the
 * holding changed within a month- or year-precise date), {@link Unheld} (no holding: outside any observed ground,
 * or inside it with nobody holding on that date), or {@link NoPoint} (the event is located only to a district,
 * province, region or country, too coarse to say).
 */
public sealed interface Ground {
  /** The kind, as in files and the API: "held", "changed", "unheld", "no-point". */
  String kind();

  record Held(Holding holding) implements Ground {
    public String kind() {
      return "held";
    }

    /** The id of the observation that decided the holding. */
    public long decidingObservationId() {
      return holding.decidedBy().observation().id();
    }
  }

  /** The holdings seen over the date's period, in order; {@code unheldToo} when part of it had no holding. */
  record Changed(List<Holding> seen, boolean unheldToo) implements Ground {
    public Changed {
      seen = List.copyOf(seen);
    }

    public String kind() {
      return "changed";
    }
  }

  /** No holding. {@code outside}: the point lies outside all observed ground, not only unheld on the date. */
  record Unheld(boolean outside) implements Ground {
    public static final Unheld OUTSIDE = new Unheld(true);
    public static final Unheld NOBODY = new Unheld(false);

    public String kind() {
      return "unheld";
    }
  }

  record NoPoint(LocationPrecision precision) implements Ground {
    public String kind() {
      return "no-point";
    }
  }

  /** "islamic-state:controls", "syria:contested:islamic-state": holder, status and the other party. */
  static String holdingKey(Holding h) {
    return h.key() + (h.other() == null ? "" : ":" + h.other());
  }
}
