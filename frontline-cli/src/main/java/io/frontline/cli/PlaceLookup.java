package io.frontline.cli;

import io.frontline.cli.text.Table;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.NameDistance;
import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import io.frontline.refusals.Refusal;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the place a user names: a GeoNames id, or a name in any language, optionally with a country ("Ariha, SY" or
 * a country given apart). Among the places of that name, observed places come first, then the most populous; when
 * several match, the others are listed on stderr. When none matches, near spellings are suggested.
 */
final class PlaceLookup {
  private static final Pattern WITH_COUNTRY = Pattern.compile("^(.*\\S)\\s*,\\s*(\\p{Alpha}{2})$");
  private static final int SEARCH_LIMIT = 200;
  private static final int LISTED = 5;
  private static final int NEAR_PREFIX = 3;
  private final Gazetteer gazetteer;
  private final Supplier<Set<Long>> observed;

  PlaceLookup(Gazetteer gazetteer, Supplier<Set<Long>> observed) {
    this.gazetteer = gazetteer;
    this.observed = memo(observed);
  }

  private static <T> Supplier<T> memo(Supplier<T> supplier) {
    Object[] value = new Object[1];
    return () -> {
      if (value[0] == null) {
        value[0] = supplier.get();
      }
      @SuppressWarnings("unchecked")
      T t = (T) value[0];
      return t;
    };
  }

  /** The place named; {@code warnings} (may be null) hears of the other matches, ending with {@code hint}. */
  Place find(String text, String country, PrintWriter warnings, String hint) {
    String given = text == null ? "" : text.strip();
    if (given.matches("\\d{1,12}")) {
      return gazetteer
          .findPlace(Long.parseLong(given))
          .orElseThrow(() -> Refusal.notFound("no place with GeoNames id " + given));
    }
    Matcher m = WITH_COUNTRY.matcher(given);
    String name = m.matches() ? m.group(1) : given;
    String cc = country(m.matches() ? m.group(2) : null, country);
    List<Place> ranked = ranked(matches(name, cc));
    if (ranked.isEmpty()) {
      throw Refusal.notFound(notFound(name, cc));
    }
    if (ranked.size() > 1 && warnings != null) {
      warn(warnings, given, ranked, hint);
    }
    return ranked.get(0);
  }

  private static String country(String inName, String option) {
    String a = inName == null ? null : inName.toUpperCase(Locale.ROOT);
    String b = option == null || option.isBlank() ? null : option.strip().toUpperCase(Locale.ROOT);
    if (b != null && !b.matches("[A-Z]{2}")) {
      throw Refusal.badInput(
          null, "--country must be a two-letter ISO code such as SY or IQ, was '" + option + "'");
    }
    if (a != null && b != null && !a.equals(b)) {
      throw Refusal.badInput(null, "two countries given, " + a + " and " + b + "; give one");
    }
    return a != null ? a : b;
  }

  /** Exact matches of the name's key if any, else the names it begins; in the country if one is given. */
  private List<Place> matches(String name, String cc) {
    String key = NameKey.of(name);
    List<Place> found = gazetteer.search(name, SEARCH_LIMIT).stream()
        .filter(p -> cc == null || p.country().equalsIgnoreCase(cc))
        .toList();
    List<Place> exact = found.stream().filter(p -> keys(p).contains(key)).toList();
    return exact.isEmpty() ? found : exact;
  }

  private List<Place> ranked(List<Place> places) {
    Set<Long> seen = places.size() > 1 ? observed.get() : Set.of();
    return places.stream()
        .sorted(Comparator.comparing((Place p) -> !seen.contains(p.id()))
            .thenComparing(Comparator.comparingLong(Place::population).reversed())
            .thenComparingLong(Place::id))
        .toList();
  }

  private void warn(PrintWriter warnings, String given, List<Place> ranked, String hint) {
    Set<Long> seen = observed.get();
    warnings.printf(
        "frontline: '%s' matches %d places; using the first (observed places first, then the most"
            + " populous):%n",
        given, ranked.size());
    ranked.stream().limit(LISTED).forEach(p -> warnings.println("  " + describe(p, seen)));
    if (ranked.size() > LISTED) {
      warnings.printf("  ... and %d more%n", ranked.size() - LISTED);
    }
    warnings.println("  " + hint);
  }

  private String notFound(String name, String cc) {
    if (cc != null && !matches(name, null).isEmpty()) {
      return "no place named '" + name + "' in " + cc + "; there are places of that name in "
          + String.join(
              ", ", matches(name, null).stream().map(Place::country).distinct().toList());
    }
    List<Place> near = near(name, cc);
    return "no place named '" + name + "' in the gazetteer"
        + (near.isEmpty()
            ? ""
            : "; did you mean "
                + String.join(
                    ", ", near.stream().map(p -> describe(p, observed.get())).toList()) + "?");
  }

  /** Places whose name is a few edits from the given one: observed places, and gazetteer names with its start. */
  List<Place> near(String name, String cc) {
    String key = NameKey.of(name);
    if (key.isEmpty()) {
      return List.of();
    }
    Map<Long, Place> pool = new LinkedHashMap<>();
    observed.get().forEach(id -> gazetteer.findPlace(id).ifPresent(p -> pool.put(id, p)));
    gazetteer
        .search(key.substring(0, Math.min(NEAR_PREFIX, key.length())), SEARCH_LIMIT)
        .forEach(p -> pool.putIfAbsent(p.id(), p));
    Set<Long> seen = observed.get();
    Map<Place, Integer> distance = new LinkedHashMap<>();
    for (Place p : pool.values()) {
      int d =
          keys(p).stream().mapToInt(k -> NameDistance.keys(key, k)).min().orElse(Integer.MAX_VALUE);
      if (d <= NameDistance.tolerance(key) && (cc == null || p.country().equalsIgnoreCase(cc))) {
        distance.put(p, d);
      }
    }
    return distance.keySet().stream()
        .sorted(Comparator.comparing((Place p) -> !seen.contains(p.id()))
            .thenComparing(distance::get)
            .thenComparing(Comparator.comparingLong(Place::population).reversed()))
        .limit(LISTED)
        .toList();
  }

  private static String describe(Place p, Set<Long> observed) {
    return p.name() + " (" + p.country() + ", GeoNames " + p.id()
        + (observed.contains(p.id())
            ? ", observed"
            : p.population() > 0 ? ", population " + Table.count(p.population()) : "")
        + ")";
  }

  private static Set<String> keys(Place place) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKey.of(place.name()));
    place.alternateNames().forEach(n -> keys.add(NameKey.of(n)));
    place.names().values().forEach(n -> keys.add(NameKey.of(n)));
    keys.remove("");
    return keys;
  }
}
