package io.frontline.events;

import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.observations.Observation;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How often suggestions are right, against observations held out of the map they were made from. Only suggestions
 * about held-out places are judged. A suggestion is right when a held-out observation of its place agrees with it
 * within {@code toleranceDays} of the suggestion's date period (a year-precise suggestion spans its year):
 * <ul>
 *   <li>contested A/B: the observation says the place contested between A and B (either order);</li>
 *   <li>presence of A: the observation says A controls, contests, besieges or is present in the place;</li>
 *   <li>A controls: the observation says A controls it.</li>
 * </ul>
 * Precision is by suggested status (right / judged); recall by the status of the held-out observations (those a right
 * suggestion matches / all of that status); lead or lag is, for each held-out change (an observation whose actor
 * or status differs from the place's previous held-out one), the days from the first matching day-precise
 * suggestion's date to the observation's date (negative: the suggestion came first).
 */
public record SuggestionEvaluation(
    int toleranceDays,
    Map<String, int[]> precision,
    Map<String, int[]> recall,
    List<Long> leadLag_days,
    int yearLevelRight,
    int yearLevelJudged,
    Map<String, int[]> mapPrecision) {
  public SuggestionEvaluation {
    precision = Map.copyOf(precision);
    recall = Map.copyOf(recall);
    leadLag_days = List.copyOf(leadLag_days);
    mapPrecision = Map.copyOf(mapPrecision);
  }

  /**
   * The same suggestions judged against the map built with the held-out observations: right when the full map's
   * holding of the place agrees with the suggestion on some day within the tolerance of its date (checked weekly and
   * on the period's ends). Sparse observations make the first measure strict; this one credits a suggestion that the
   * full map bears out even when no held-out observation falls within the tolerance.
   */
  public SuggestionEvaluation withMap(
      List<Suggestion> suggestions, ControlIndex full, Set<Long> heldPlaces) {
    Map<String, int[]> out = new TreeMap<>();
    for (Suggestion s : suggestions) {
      if (heldPlaces.contains(s.placeId())) {
        int[] counts = out.computeIfAbsent(s.status().code(), k -> new int[2]);
        counts[0] += full.findSite(s.placeId())
                .map(site -> agreesWithMap(s, site, toleranceDays))
                .orElse(false)
            ? 1
            : 0;
        counts[1]++;
      }
    }
    return new SuggestionEvaluation(
        toleranceDays, precision, recall, leadLag_days, yearLevelRight, yearLevelJudged, out);
  }

  static boolean agreesWithMap(Suggestion s, Site site, int toleranceDays) {
    long from = s.date().start().toEpochDay() - toleranceDays;
    long to = s.date().end().toEpochDay() + toleranceDays;
    for (long day = from; day <= to; day = day == to ? to + 1 : Math.min(to, day + 7)) {
      Holding h = site.at(java.time.LocalDate.ofEpochDay(day)).orElse(null);
      if (h != null && agrees(s, h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean agrees(Suggestion s, Holding h) {
    return switch (s.status()) {
      case CONTESTED ->
        h.status() == Status.CONTESTED
            && Set.of(s.actorId(), String.valueOf(s.otherActorId()))
                .equals(Set.of(String.valueOf(h.holder()), String.valueOf(h.other())));
      case PRESENCE -> s.actorId().equals(h.holder()) || s.actorId().equals(h.other());
      default -> h.heldBy(s.actorId());
    };
  }

  /** The counts of this and {@code other} added up (for several seeds); lead and lag values pooled. */
  public SuggestionEvaluation plus(SuggestionEvaluation other) {
    List<Long> pooled = new ArrayList<>(leadLag_days);
    pooled.addAll(other.leadLag_days);
    pooled.sort(null);
    return new SuggestionEvaluation(
        toleranceDays,
        add(precision, other.precision),
        add(recall, other.recall),
        pooled,
        yearLevelRight + other.yearLevelRight,
        yearLevelJudged + other.yearLevelJudged,
        add(mapPrecision, other.mapPrecision));
  }

  private static Map<String, int[]> add(Map<String, int[]> a, Map<String, int[]> b) {
    Map<String, int[]> out = new TreeMap<>();
    a.forEach((k, v) -> out.put(k, v.clone()));
    b.forEach((k, v) -> {
      int[] c = out.computeIfAbsent(k, x -> new int[2]);
      c[0] += v[0];
      c[1] += v[1];
    });
    return out;
  }

  /** Judges {@code suggestions} against the held-out observations of places. */
  public static SuggestionEvaluation of(
      List<Suggestion> suggestions, List<Observation> heldOut, int toleranceDays) {
    Map<Long, List<Statement>> byPlace = new HashMap<>();
    for (Observation o : heldOut) {
      if (o.statement().subject() instanceof Subject.PlaceRef p) {
        byPlace.computeIfAbsent(p.placeId(), k -> new ArrayList<>()).add(o.statement());
      }
    }
    byPlace.values().forEach(l -> l.sort(Comparator.comparing(Statement::date)));
    Map<String, int[]> precision = new TreeMap<>();
    Set<Statement> found = new HashSet<>();
    int yearRight = 0;
    int yearJudged = 0;
    for (Suggestion s : suggestions) {
      List<Statement> truth = byPlace.get(s.placeId());
      if (truth == null) {
        continue;
      }
      List<Statement> matched =
          truth.stream().filter(t -> matches(s, t, toleranceDays)).toList();
      int[] counts = precision.computeIfAbsent(s.status().code(), k -> new int[2]);
      counts[0] += matched.isEmpty() ? 0 : 1;
      counts[1]++;
      if (s.date().precision() != io.frontline.timeline.DatePrecision.DAY) {
        yearRight += matched.isEmpty() ? 0 : 1;
        yearJudged++;
      }
      found.addAll(matched);
    }
    Map<String, int[]> recall = new TreeMap<>();
    for (List<Statement> truth : byPlace.values()) {
      for (Statement t : truth) {
        int[] counts = recall.computeIfAbsent(t.status().code(), k -> new int[2]);
        counts[0] += found.contains(t) ? 1 : 0;
        counts[1]++;
      }
    }
    return new SuggestionEvaluation(
        toleranceDays,
        precision,
        recall,
        leadLag(suggestions, byPlace, toleranceDays),
        yearRight,
        yearJudged,
        Map.of());
  }

  /** Whether the held-out statement agrees with the suggestion, within the tolerance. */
  public static boolean matches(Suggestion s, Statement t, int toleranceDays) {
    long from = s.date().start().toEpochDay() - toleranceDays;
    long to = s.date().end().toEpochDay() + toleranceDays;
    if (t.date().end().toEpochDay() < from || t.date().start().toEpochDay() > to) {
      return false;
    }
    return switch (s.status()) {
      case CONTESTED ->
        t.status() == Status.CONTESTED
            && Set.of(s.actorId(), String.valueOf(s.otherActorId()))
                .equals(Set.of(t.actorId(), String.valueOf(t.fromActorId())));
      case PRESENCE ->
        t.actorId().equals(s.actorId()) && t.status() != Status.ENDS
            || t.status() == Status.CONTESTED && s.actorId().equals(t.fromActorId());
      default -> t.actorId().equals(s.actorId()) && t.status() == s.status();
    };
  }

  private static List<Long> leadLag(
      List<Suggestion> suggestions, Map<Long, List<Statement>> byPlace, int tolerance) {
    Map<Long, List<Suggestion>> dayLevel = new HashMap<>();
    for (Suggestion s : suggestions) {
      if (s.date().precision() == io.frontline.timeline.DatePrecision.DAY
          && byPlace.containsKey(s.placeId())) {
        dayLevel.computeIfAbsent(s.placeId(), k -> new ArrayList<>()).add(s);
      }
    }
    List<Long> out = new ArrayList<>();
    byPlace.forEach((place, truth) -> {
      Statement previous = null;
      for (Statement t : truth) {
        boolean change = previous == null
            || !previous.actorId().equals(t.actorId())
            || previous.status() != t.status();
        previous = t;
        if (change) {
          dayLevel.getOrDefault(place, List.of()).stream()
              .filter(s -> matches(s, t, tolerance))
              .map(s -> s.date().start().toEpochDay() - t.date().start().toEpochDay())
              .min(Comparator.comparingLong(Math::abs))
              .ifPresent(out::add);
        }
      }
    });
    out.sort(null);
    return out;
  }

  /** The figures as a Markdown table and a line on lead and lag. */
  public String toMarkdown() {
    StringBuilder b = new StringBuilder(
        "| status | suggestions judged | right | precision | full map agrees |"
            + " held-out observations | found | recall |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    Set<String> statuses = new java.util.TreeSet<>(precision.keySet());
    statuses.addAll(recall.keySet());
    for (String status : statuses) {
      int[] p = precision.getOrDefault(status, new int[2]);
      int[] r = recall.getOrDefault(status, new int[2]);
      b.append(String.format(
          Locale.ROOT,
          "| %s | %d | %d | %s | %s | %d | %d | %s |%n",
          status,
          p[1],
          p[0],
          share(p),
          share(mapPrecision.getOrDefault(status, new int[2])),
          r[1],
          r[0],
          share(r)));
    }
    int[] all = total(precision);
    int[] found = total(recall);
    b.append(String.format(
        Locale.ROOT,
        "| all | %d | %d | %s | %s | %d | %d | %s |%n",
        all[1],
        all[0],
        share(all),
        share(total(mapPrecision)),
        found[1],
        found[0],
        share(found)));
    b.append(String.format(
        Locale.ROOT,
        "year-level suggestions: %d judged, %d right (%s)%n",
        yearLevelJudged,
        yearLevelRight,
        share(new int[] {yearLevelRight, yearLevelJudged})));
    b.append(leadLagLine()).append('\n');
    return b.toString();
  }

  /** "lead/lag over N changes: median M days (quartiles Q1..Q3)", negative meaning the suggestion came first. */
  public String leadLagLine() {
    if (leadLag_days.isEmpty()) {
      return "lead/lag: no held-out change matched by a day-precise suggestion";
    }
    return String.format(
        Locale.ROOT,
        "lead/lag over %d held-out changes matched by a day-precise suggestion: median"
            + " %d days (quartiles %d..%d; negative: the suggestion came first)",
        leadLag_days.size(),
        quantile(0.5),
        quantile(0.25),
        quantile(0.75));
  }

  long quantile(double q) {
    return leadLag_days.get(
        (int) Math.min(leadLag_days.size() - 1, Math.floor(q * leadLag_days.size())));
  }

  private static int[] total(Map<String, int[]> counts) {
    int[] t = new int[2];
    counts.values().forEach(c -> {
      t[0] += c[0];
      t[1] += c[1];
    });
    return t;
  }

  private static String share(int[] c) {
    return c[1] == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * c[0] / c[1]);
  }
}
