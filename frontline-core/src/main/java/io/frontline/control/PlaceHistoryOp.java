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
   * implied period starts the configured number of days before the capture that names its holder.
   */
  public record Period(LocalDate from, LocalDate until, String holder, Status status, String other, boolean implied,
      String observation, String date, String source, List<String> urls, String note) {
    public Period {
      urls = List.copyOf(urls);
    }
  }

  public List<Period> history(Site site) {
    List<Candidate> sorted = site.resolution().candidates();
    List<Candidate> winners = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      boolean lastOfDay = i + 1 == sorted.size() || sorted.get(i + 1).startDay() != sorted.get(i).startDay();
      if (lastOfDay) {
        winners.add(sorted.get(i));
      }
    }
    List<Period> periods = new ArrayList<>();
    for (int i = 0; i < winners.size(); i++) {
      Candidate c = winners.get(i);
      if (!periods.isEmpty() && sameHolding(winners.get(i - 1), c)) {
        continue;
      }
      LocalDate until = nextChange(winners, i);
      periods.add(period(c, until));
    }
    return periods;
  }

  private static LocalDate nextChange(List<Candidate> winners, int i) {
    for (int j = i + 1; j < winners.size(); j++) {
      if (!sameHolding(winners.get(i), winners.get(j))) {
        return LocalDate.ofEpochDay(winners.get(j).startDay());
      }
    }
    return null;
  }

  private static boolean sameHolding(Candidate a, Candidate b) {
    return Objects.equals(a.holder(), b.holder()) && a.status() == b.status() && Objects.equals(a.other(), b.other());
  }

  private static Period period(Candidate c, LocalDate until) {
    Statement s = c.statement();
    LocalDate from = LocalDate.ofEpochDay(c.startDay());
    return new Period(from, until, c.holder(), c.status(), c.other(), c.implied(), c.observation().lineage(),
        s.date().toString(), s.source().label(), s.source().urls(), s.note());
  }
}
