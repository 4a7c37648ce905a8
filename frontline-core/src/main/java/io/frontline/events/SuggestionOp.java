package io.frontline.events;

import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns events into {@link Suggestion}s by a {@link SuggestionRule}, against the map of a control index: for each
 * settlement with events within the radius, each window of events is read by the rule, and consecutive windows that
 * suggest the same become one suggestion dated by the first. Built once per index; immutable.
 */
public final class SuggestionOp {
  private final List<Site> sites;
  private final SuggestionRule rule;
  private final SiteGrid grid;

  public SuggestionOp(ControlIndex index, SuggestionRule rule) {
    this.sites = index.sites().stream().filter(s -> s.place().isSettlement()).toList();
    this.rule = rule;
    this.grid = new SiteGrid(sites, rule.radius_km());
  }

  public SuggestionRule rule() {
    return rule;
  }

  /** The suggestions these events give, ordered by place, date and key. */
  public List<Suggestion> suggest(List<Event> events) {
    Map<Integer, Map<Window, List<Event>>> near = new HashMap<>();
    for (Event e : events) {
      if (!e.locationPrecision().locatesPoint()
          || e.sides().stream().allMatch(s -> s.actorId() == null)) {
        continue;
      }
      Window w = Window.of(e.date(), rule.window_days());
      for (int site : grid.within(e.lon(), e.lat())) {
        near.computeIfAbsent(site, k -> new TreeMap<>())
            .computeIfAbsent(w, k -> new ArrayList<>())
            .add(e);
      }
    }
    List<Suggestion> out = new ArrayList<>();
    near.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
      Site site = sites.get(entry.getKey());
      List<Suggestion> each = new ArrayList<>();
      entry
          .getValue()
          .forEach((w, inWindow) -> each.addAll(WindowReading.read(site, w, inWindow, rule)));
      out.addAll(merge(each));
    });
    out.sort(Comparator.comparing(Suggestion::placeName)
        .thenComparing(Suggestion::placeId)
        .thenComparing(Suggestion::date)
        .thenComparing(Suggestion::key));
    return out;
  }

  /** Joins suggestions of the same key in consecutive windows of the same precision: the first date, all evidence. */
  private List<Suggestion> merge(List<Suggestion> each) {
    Map<String, Suggestion> open = new HashMap<>();
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion s : each) {
      String key = s.key() + "|" + s.date().precision();
      Suggestion prior = open.get(key);
      if (prior != null && follows(prior, s)) {
        Suggestion joined = join(prior, s);
        out.set(out.indexOf(prior), joined);
        open.put(key, joined);
      } else {
        out.add(s);
        open.put(key, s);
      }
    }
    return out;
  }

  private boolean follows(Suggestion prior, Suggestion next) {
    long gap = next.date().start().toEpochDay() - prior.date().end().toEpochDay();
    return prior.date().precision() == DatePrecision.DAY
        ? gap <= 2L * rule.window_days()
        : gap <= 1;
  }

  private static Suggestion join(Suggestion a, Suggestion b) {
    List<String> evidence = new ArrayList<>(a.evidence());
    for (String key : b.evidence()) {
      if (evidence.size() < Suggestion.MAX_EVIDENCE && !evidence.contains(key)) {
        evidence.add(key);
      }
    }
    return new Suggestion(
        a.placeId(),
        a.placeName(),
        a.actorId(),
        a.status(),
        a.otherActorId(),
        a.date(),
        a.kind(),
        a.mapSaid(),
        a.confirms(),
        evidence,
        a.evidenceCount() + b.evidenceCount(),
        Math.max(a.confidence(), b.confidence()));
  }

  /** A window of events: a run of days for day-precise events, else the event's own month or year. */
  record Window(long firstDay, long lastDay, DatePrecision precision)
      implements Comparable<Window> {
    static Window of(FuzzyDate date, int windowDays) {
      if (date.precision() == DatePrecision.DAY) {
        long first = Math.floorDiv(date.start().toEpochDay(), windowDays) * windowDays;
        return new Window(first, first + windowDays - 1, DatePrecision.DAY);
      }
      return new Window(date.start().toEpochDay(), date.end().toEpochDay(), date.precision());
    }

    LocalDate last() {
      return LocalDate.ofEpochDay(lastDay);
    }

    @Override
    public int compareTo(Window o) {
      int c = Long.compare(firstDay, o.firstDay);
      return c != 0 ? c : Long.compare(lastDay, o.lastDay);
    }
  }

  static String said(Optional<Holding> h) {
    return h.map(Holding::key).orElse("nobody");
  }

  static boolean isStrike(Event e) {
    return "airstrike".equals(e.type());
  }

  static boolean isOneSided(Event e) {
    return "one-sided".equals(e.type())
        || e.sides().stream().anyMatch(s -> "Civilians".equalsIgnoreCase(s.name()));
  }
}
