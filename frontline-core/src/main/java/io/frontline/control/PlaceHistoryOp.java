package io.frontline.control;

import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The control history of one settlement: consecutive periods of one holding, each with the observation behind it. */
public final class PlaceHistoryOp {
  /**
   * From {@code from} until the day before {@code until} (null: still), {@code holder} had {@code status} there; an
   * implied period starts the configured number of days before the capture that names its holder; an inferred one
   * rests on the towns around, not on a report of the place.
   */
  public record Period(
      LocalDate from,
      LocalDate until,
      String holder,
      Status status,
      String other,
      boolean implied,
      String observation,
      String date,
      String source,
      List<String> urls,
      String note) {
    public Period {
      urls = List.copyOf(urls);
    }
  }

  public List<Period> history(Site site) {
    Resolution r = site.resolution();
    List<Period> periods = new ArrayList<>();
    Holding open = null;
    long openFrom = 0;
    for (int i = 0; i < r.size(); i++) {
      Holding h = r.reach().counts(r.holding(i)) ? r.holding(i) : null;
      if (open != null && h != null && sameHolding(open, h)) {
        continue;
      }
      if (open != null) {
        periods.add(period(open, openFrom, LocalDate.ofEpochDay(r.start(i))));
      }
      open = h;
      openFrom = r.start(i);
    }
    if (open != null) {
      periods.add(period(open, openFrom, null));
    }
    return periods;
  }

  private static boolean sameHolding(Holding a, Holding b) {
    return Objects.equals(a.holder(), b.holder())
        && a.status() == b.status()
        && Objects.equals(a.other(), b.other());
  }

  private static Period period(Holding h, long from, LocalDate until) {
    Candidate c = h.decidedBy();
    Statement s = c.statement();
    return new Period(
        LocalDate.ofEpochDay(from),
        until,
        h.holder(),
        h.status(),
        h.other(),
        c.implied(),
        c.observation().lineage(),
        s.date().toString(),
        s.source().label(),
        s.source().urls(),
        s.note());
  }
}
