package io.frontline.formats.events;

import io.frontline.events.Event;
import io.frontline.events.LocationPrecision;
import io.frontline.formats.text.Quoted;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The coalition's strike releases, one line per place and release. The date is the release's (M/D/YYYY); its strikes
 * are of the day before, which is the event's date. The place ("near Ar Raqqah") is resolved exactly through the
 * gazetteer (any name or alternate name, in the row's country when it names one, the most populous match); a place
 * it does not hold leaves its lines out, with one warning listing them. Location precision is {@code near}. The sides
 * are the coalition and ISIL, mapped through the actors like any side.
 */
final class StrikeRows implements RowConverter {
  static final String COALITION = "CJTF-OIR";
  static final String TARGET = "ISIL";
  private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Map<String, String> COUNTRIES = Map.of("syria", "SY", "iraq", "IQ");
  private final SideMapper sides;
  private final Gazetteer gazetteer;
  private final Map<String, Optional<Place>> resolved = new HashMap<>();
  private final Map<String, Integer> unresolved = new TreeMap<>();
  private final Map<String, Integer> seen = new HashMap<>();

  StrikeRows(SideMapper sides, Gazetteer gazetteer) {
    this.sides = sides;
    this.gazetteer = gazetteer;
  }

  @Override
  public Event event(EventRow r) {
    LocalDate release = release(r.required("date"));
    String name = r.required("location");
    String country = r.text("country");
    int strikes = r.count("number");
    if (strikes < 1) {
      throw EventFindingCode.BAD_NUMBER.exception(
          "", "number (of strikes) must be at least 1, was " + strikes);
    }
    Optional<Place> place =
        resolved.computeIfAbsent(name + "\u0000" + country, k -> resolve(name, country));
    if (place.isEmpty()) {
      unresolved.merge(name + (country.isEmpty() ? "" : " (" + country + ")"), 1, Integer::sum);
      throw new Skipped();
    }
    String key =
        release + "/" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
    int n = seen.merge(key, 1, Integer::sum);
    Place p = place.get();
    return new Event(
        EventFormat.STRIKE_RELEASES.dataset(),
        n == 1 ? key : key + "/" + n,
        "CJTF-OIR strike release of " + release,
        FuzzyDate.day(release.minusDays(1)),
        p.lon(),
        p.lat(),
        LocationPrecision.NEAR,
        country,
        "near " + name + " (GeoNames " + p.id() + ")",
        "airstrike",
        r.text("description"),
        sides.sides(COALITION, TARGET),
        null,
        strikes,
        r.text("line"));
  }

  private static LocalDate release(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      throw EventRow.badDate("date", value, "M/D/YYYY");
    }
    return EventRow.date(
        "date",
        value,
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)));
  }

  private Optional<Place> resolve(String name, String country) {
    if (gazetteer == null) {
      return Optional.empty();
    }
    String key = NameKey.of(name);
    String iso = COUNTRIES.get(country.toLowerCase(java.util.Locale.ROOT));
    return gazetteer.search(name, 100).stream()
        .filter(p -> Stream.concat(Stream.of(p.name()), p.alternateNames().stream())
            .anyMatch(n -> NameKey.of(n).equals(key)))
        .filter(p -> iso == null || iso.equals(p.country()))
        .max(Comparator.comparingLong(Place::population).thenComparing(p -> -p.id()));
  }

  @Override
  public List<Finding> closing() {
    if (unresolved.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    int lines = 0;
    for (Map.Entry<String, Integer> e : unresolved.entrySet()) {
      names.add(
          Quoted.of(e.getKey()) + " (" + e.getValue() + (e.getValue() == 1 ? " line)" : " lines)"));
      lines += e.getValue();
    }
    return List.of(EventFindingCode.UNRESOLVED_PLACE.finding(
        "file",
        unresolved.size() + " places the gazetteer does" + " not hold; their " + lines
            + " lines are left out: " + String.join(", ", names)));
  }
}
