package io.frontline.benchmarks.events;

import io.frontline.actors.Actors;
import io.frontline.bundled.BundledEvents;
import io.frontline.bundled.BundledPopulation;
import io.frontline.bundled.IslamicStateScenario;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.LayoutMemo;
import io.frontline.control.ZoneConfig;
import io.frontline.events.Event;
import io.frontline.events.Suggestion;
import io.frontline.events.SuggestionEvaluation;
import io.frontline.events.SuggestionOp;
import io.frontline.events.SuggestionRule;
import io.frontline.formats.events.EventImport;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * How often suggestions from events are right: the bundled Islamic State scenario with every observation of a
 * seeded random share of its places held out, the map built without them, suggestions made from the bundled UCDP
 * events and strike releases, and judged against the held-out observations ({@link SuggestionEvaluation}). Usage:
 * {@code SuggestionsEval [--seed N] [--seeds 5] [--share 0.2] [--tolerance-days 30] [--radius-km 12] [--window-days 14]}.
 */
public final class SuggestionsEval {
  private SuggestionsEval() {}

  public static void main(String[] args) throws IOException {
    java.util.Map<String, String> o = new java.util.HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      o.put(args[i], args[i + 1]);
    }
    long seed = Long.parseLong(o.getOrDefault("--seed", "20140610"));
    double share = Double.parseDouble(o.getOrDefault("--share", "0.2"));
    int tolerance = Integer.parseInt(o.getOrDefault("--tolerance-days", "30"));
    SuggestionRule d = SuggestionRule.DEFAULT;
    SuggestionRule rule = new SuggestionRule(
        Double.parseDouble(o.getOrDefault("--radius-km", "" + d.radius_km())),
        Integer.parseInt(o.getOrDefault("--window-days", "" + d.window_days())),
        d.minBattles(),
        d.minStrikeDays(),
        d.minOneSided(),
        d.staleAfterDays());
    run(seed, Integer.parseInt(o.getOrDefault("--seeds", "5")), share, tolerance, rule, System.out);
  }

  /** Runs the evaluation on the bundled scenario and events for {@code seeds} seeds, printing to {@code out}. */
  public static void run(
      long seed, int seeds, double share, int tolerance, SuggestionRule rule, PrintStream out)
      throws IOException {
    Path dir = Files.createTempDirectory("frontline-suggestions-eval");
    try (GeoPackageStore store = GeoPackageStore.open(dir.resolve("eval.gpkg"))) {
      IslamicStateScenario.load(store, Clock.systemUTC());
      List<Observation> all = store.observations(RecordTime.now());
      ControlIndex full = build(store, all);
      importEvents(store, dir, out);
      List<Event> events = store.findEvents(LocalDate.of(2013, 1, 1), LocalDate.of(2019, 12, 31));
      out.println("rule: " + rule.describe() + "; right within +-" + tolerance + " days");
      Map<String, SuggestionEvaluation> pooled = new LinkedHashMap<>();
      for (long s = seed; s < seed + seeds; s++) {
        Set<Long> heldPlaces = pick(all, share, s);
        Predicate<Observation> held = ob -> ob.statement().subject() instanceof Subject.PlaceRef p
            && heldPlaces.contains(p.placeId());
        List<Observation> heldOut = all.stream().filter(held).toList();
        SuggestionOp op =
            new SuggestionOp(build(store, all.stream().filter(held.negate()).toList()), rule);
        out.printf(
            Locale.ROOT,
            "seed %d: %d of %d observations held out (every observation of %d places, %.0f%% of"
                + " the observed places)%n",
            s,
            heldOut.size(),
            all.size(),
            heldPlaces.size(),
            100 * share);
        for (Map.Entry<String, Predicate<Event>> subset : SUBSETS.entrySet()) {
          SuggestionEvaluation e = evaluate(
              subset.getKey(),
              op,
              events,
              subset.getValue(),
              heldOut,
              heldPlaces,
              full,
              tolerance,
              out);
          pooled.merge(subset.getKey(), e, SuggestionEvaluation::plus);
        }
      }
      out.printf(
          Locale.ROOT, "%n## pooled over %d seeds (%d to %d)%n", seeds, seed, seed + seeds - 1);
      pooled.forEach((title, e) -> out.printf(Locale.ROOT, "%n### %s%n%s", title, e.toMarkdown()));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile()
            .delete());
      }
    }
  }

  private static final Map<String, Predicate<Event>> SUBSETS = new LinkedHashMap<>();

  static {
    SUBSETS.put("UCDP GED only (year-precise)", e -> e.dataset().startsWith("ucdp"));
    SUBSETS.put("strike releases only (day-precise)", e -> !e.dataset().startsWith("ucdp"));
    SUBSETS.put("both", e -> true);
  }

  private static ControlIndex build(GeoPackageStore store, List<Observation> observations) {
    return new ControlIndexBuilder(
            store,
            NaturalEarthBasemap.shared(),
            ZoneConfig.DEFAULT,
            new LayoutMemo(),
            BundledPopulation.of(store))
        .build(observations);
  }

  /** A seeded random share of the places that observations name (at least one). */
  static Set<Long> pick(List<Observation> all, double share, long seed) {
    List<Long> places = new ArrayList<>(new TreeSet<>(all.stream()
        .filter(ob -> ob.statement().subject() instanceof Subject.PlaceRef)
        .map(ob -> ((Subject.PlaceRef) ob.statement().subject()).placeId())
        .toList()));
    Collections.shuffle(places, new Random(seed));
    return new TreeSet<>(places.subList(0, Math.max(1, (int) Math.round(share * places.size()))));
  }

  private static void importEvents(GeoPackageStore store, Path dir, PrintStream out)
      throws IOException {
    EventReadOptions options =
        new EventReadOptions(new Actors(store.actors()), store, NaturalEarthBasemap.shared());
    for (BundledEvents.Dataset dataset : BundledEvents.Dataset.values()) {
      EventImport.Outcome outcome =
          EventImport.run(BundledEvents.extract(dataset, dir), options, store, n -> {});
      out.printf(
          Locale.ROOT,
          "%s: %d events added (%s)%n",
          dataset.fileName(),
          outcome.added(),
          dataset.credit());
    }
  }

  private static SuggestionEvaluation evaluate(
      String title,
      SuggestionOp op,
      List<Event> events,
      Predicate<Event> which,
      List<Observation> heldOut,
      Set<Long> heldPlaces,
      ControlIndex full,
      int tolerance,
      PrintStream out) {
    List<Event> subset = events.stream().filter(which).toList();
    long t0 = System.nanoTime();
    List<Suggestion> suggestions = op.suggest(subset);
    double seconds = (System.nanoTime() - t0) / 1e9;
    long about =
        suggestions.stream().filter(s -> heldPlaces.contains(s.placeId())).count();
    SuggestionEvaluation e = SuggestionEvaluation.of(suggestions, heldOut, tolerance)
        .withMap(suggestions, full, heldPlaces);
    out.printf(
        Locale.ROOT,
        "  %s: %,d events, %,d suggestions in %.2f s, %,d about held-out places%n",
        title,
        subset.size(),
        suggestions.size(),
        seconds,
        about);
    return e;
  }
}
