package io.frontline.events;

import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.observations.Status;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One window of events near one settlement, read by the {@link SuggestionRule}: battles between pairs of known
 * actors, strikes on a known target, one-sided violence by a known actor, against the map on the window's last day.
 */
final class WindowReading {
  private final Site site;
  private final SuggestionOp.Window window;
  private final List<Event> events;
  private final SuggestionRule rule;
  private final Optional<Holding> map;

  private WindowReading(
      Site site, SuggestionOp.Window window, List<Event> events, SuggestionRule rule) {
    this.site = site;
    this.window = window;
    this.events = events;
    this.rule = rule;
    this.map = site.at(window.last());
  }

  static List<Suggestion> read(
      Site site, SuggestionOp.Window window, List<Event> events, SuggestionRule rule) {
    WindowReading r = new WindowReading(site, window, events, rule);
    List<Suggestion> out = new ArrayList<>();
    r.contested().ifPresent(out::add);
    r.presence().ifPresent(out::add);
    r.control().ifPresent(out::add);
    return out;
  }

  /** Battles between A and B while the map gives the place to one of them alone, or to nobody. */
  private Optional<Suggestion> contested() {
    Map<List<String>, List<Event>> pairs = new LinkedHashMap<>();
    for (Event e : events) {
      List<String> pair = battlePair(e);
      if (pair != null) {
        pairs.computeIfAbsent(pair, k -> new ArrayList<>()).add(e);
      }
    }
    return pairs.entrySet().stream()
        .filter(p -> p.getValue().size() >= rule.minBattles())
        .max(Comparator.comparingInt(p -> p.getValue().size()))
        .flatMap(p -> contestedBy(p.getKey().get(0), p.getKey().get(1), p.getValue()));
  }

  private Optional<Suggestion> contestedBy(String a, String b, List<Event> evidence) {
    if (map.isEmpty()) {
      return Optional.of(suggestion(a, Status.CONTESTED, b, "contested", false, evidence, 1.0));
    }
    Holding h = map.get();
    boolean sameContest =
        h.status() == Status.CONTESTED && Set.of(a, b).equals(pairOf(h.holder(), h.other()));
    if (sameContest) {
      return stale(h)
          ? Optional.of(
              suggestion(h.holder(), Status.CONTESTED, h.other(), "contested", true, evidence, 1.0))
          : Optional.empty();
    }
    if (h.status() != Status.CONTESTED && (a.equals(h.holder()) || b.equals(h.holder()))) {
      String other = a.equals(h.holder()) ? b : a;
      return Optional.of(
          suggestion(h.holder(), Status.CONTESTED, other, "contested", false, evidence, 1.0));
    }
    return Optional.empty();
  }

  /** Strikes on an actor on enough days while the map says nobody or another holds the place. */
  private Optional<Suggestion> presence() {
    Map<String, List<Event>> byTarget = new LinkedHashMap<>();
    for (Event e : events) {
      if (SuggestionOp.isStrike(e) && e.sides().size() >= 2 && e.sides().get(1).actorId() != null) {
        byTarget
            .computeIfAbsent(e.sides().get(1).actorId(), k -> new ArrayList<>())
            .add(e);
      }
    }
    return byTarget.entrySet().stream()
        .filter(t -> days(t.getValue()) >= rule.minStrikeDays())
        .max(Comparator.comparingInt(t -> days(t.getValue())))
        .flatMap(t -> presenceOf(t.getKey(), t.getValue()));
  }

  private Optional<Suggestion> presenceOf(String target, List<Event> evidence) {
    if (map.isPresent() && involves(map.get(), target)) {
      return stale(map.get())
          ? Optional.of(suggestion(target, Status.PRESENCE, null, "presence", true, evidence, 0.8))
          : Optional.empty();
    }
    return Optional.of(suggestion(target, Status.PRESENCE, null, "presence", false, evidence, 0.8));
  }

  /** One-sided violence by B and no event involving the map's holder: B controls it. */
  private Optional<Suggestion> control() {
    String holder = map.map(Holding::holder).orElse(null);
    if (holder != null && events.stream().anyMatch(e -> e.involves(holder))) {
      return Optional.empty();
    }
    Map<String, List<Event>> byActor = new LinkedHashMap<>();
    for (Event e : events) {
      if (SuggestionOp.isOneSided(e) && !SuggestionOp.isStrike(e)) {
        e.sides().stream()
            .map(Side::actorId)
            .filter(Objects::nonNull)
            .findFirst()
            .ifPresent(
                actor -> byActor.computeIfAbsent(actor, k -> new ArrayList<>()).add(e));
      }
    }
    return byActor.entrySet().stream()
        .filter(a -> a.getValue().size() >= rule.minOneSided())
        .filter(a -> !a.getKey().equals(holder))
        .max(Comparator.comparingInt(a -> a.getValue().size()))
        .map(a ->
            suggestion(a.getKey(), Status.CONTROLS, null, "control", false, a.getValue(), 0.6));
  }

  private Suggestion suggestion(
      String actor,
      Status status,
      String other,
      String kind,
      boolean confirms,
      List<Event> evidence,
      double kindWeight) {
    List<String> keys = evidence.stream().map(Event::key).distinct().toList();
    double confidence = Math.round(100
            * (1 - Math.exp(-evidence.size() / 3.0))
            * precisionWeight(evidence)
            * ((double) evidence.size() / events.size())
            * kindWeight)
        / 100.0;
    return new Suggestion(
        site.place().id(),
        site.place().name(),
        actor,
        status,
        other,
        date(evidence),
        kind,
        SuggestionOp.said(map),
        confirms,
        keys,
        keys.size(),
        confidence);
  }

  /** A day-precise window is dated by its first supporting event; a month or year window by the month or year. */
  private FuzzyDate date(List<Event> evidence) {
    if (window.precision() != DatePrecision.DAY) {
      return new FuzzyDate(java.time.LocalDate.ofEpochDay(window.firstDay()), window.precision());
    }
    return FuzzyDate.day(evidence.stream()
        .map(e -> e.date().start())
        .min(Comparator.naturalOrder())
        .orElseThrow());
  }

  /** The mean weight of the evidence's precision: a day 1, a month 0.6, a year 0.25; exact 1, near 0.7. */
  static double precisionWeight(List<Event> evidence) {
    return evidence.stream()
        .mapToDouble(e -> dateWeight(e.date().precision())
            * (e.locationPrecision() == LocationPrecision.EXACT ? 1 : 0.7))
        .average()
        .orElse(0);
  }

  static double dateWeight(DatePrecision p) {
    return switch (p) {
      case DAY -> 1;
      case MONTH -> 0.6;
      default -> 0.25;
    };
  }

  private boolean stale(Holding h) {
    return h.staleOn(window.lastDay(), rule.staleAfterDays());
  }

  private static boolean involves(Holding h, String actor) {
    return actor.equals(h.holder()) || actor.equals(h.other());
  }

  private static int days(List<Event> strikes) {
    return (int) strikes.stream().map(e -> e.date().start()).distinct().count();
  }

  /** The two known actors of a battle, in the dataset's order, or null for anything else. */
  private static List<String> battlePair(Event e) {
    if (SuggestionOp.isStrike(e) || SuggestionOp.isOneSided(e) || e.sides().size() != 2) {
      return null;
    }
    String a = e.sides().get(0).actorId();
    String b = e.sides().get(1).actorId();
    return a == null || b == null || a.equals(b) ? null : List.of(a, b);
  }

  private static Set<String> pairOf(String x, String y) {
    Set<String> s = new TreeSet<>();
    if (x != null) {
      s.add(x);
    }
    if (y != null) {
      s.add(y);
    }
    return s;
  }
}
