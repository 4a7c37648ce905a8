package io.frontline.formats.events;

import io.frontline.events.Event;
import io.frontline.events.Fatalities;
import io.frontline.events.LocationPrecision;
import io.frontline.formats.FindingCode;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UCDP GED rows. The date is date_start..date_end when given (one day, else the month or the year they share), else
 * the year alone (year-precise). Fatalities: best, low and high when given, else the sum of the deaths_* columns,
 * which are kept as parts. The source is the GED's source_article, else the GED event id.
 */
final class UcdpRows implements RowConverter {
  private static final Map<String, String> DEATHS = Map.of(
      "deaths_a",
      "side_a",
      "deaths_b",
      "side_b",
      "deaths_civilians",
      "civilians",
      "deaths_unknown",
      "unknown");
  private static final List<String> VIOLENCE = List.of("state-based", "non-state", "one-sided");
  private final SideMapper sides;

  UcdpRows(SideMapper sides) {
    this.sides = sides;
  }

  @Override
  public Event event(EventRow r) {
    String id = r.required("id");
    FuzzyDate date = date(r);
    double[] point = r.point(r.text("country"));
    LocationPrecision precision = precision(r.count("where_prec"));
    String location = r.has("where_description")
        ? r.text("where_description")
        : join(r.text("adm_2"), r.text("adm_1"));
    String source = r.has("source_article") ? r.text("source_article") : "UCDP GED event " + id;
    return new Event(
        EventFormat.UCDP_GED.dataset(),
        id,
        source,
        date,
        point[0],
        point[1],
        precision,
        r.text("country"),
        location,
        violence(r.text("type_of_violence")),
        r.text("conflict_name"),
        sides.sides(r.text("side_a"), r.text("side_b")),
        fatalities(r),
        1,
        r.text("dyad_name"));
  }

  private static FuzzyDate date(EventRow r) {
    if (!r.has("date_start")) {
      int year = r.count("year");
      if (year < 1 || year > 9999) {
        throw EventFindingCode.BAD_NUMBER.exception(
            "", "year must be a four-digit year, was " + year);
      }
      return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }
    LocalDate start = r.isoDate("date_start");
    LocalDate end = r.has("date_end") ? r.isoDate("date_end") : start;
    if (end.isBefore(start)) {
      throw FindingCode.BAD_DATE.exception(
          "", "date_end " + end + " is before date_start " + start);
    }
    if (end.equals(start)) {
      return FuzzyDate.day(start);
    }
    if (end.getYear() == start.getYear() && end.getMonth() == start.getMonth()) {
      return new FuzzyDate(start.withDayOfMonth(1), DatePrecision.MONTH);
    }
    return new FuzzyDate(start.withDayOfYear(1), DatePrecision.YEAR);
  }

  private static LocationPrecision precision(int wherePrec) {
    if (wherePrec < 1 || wherePrec > 7) {
      throw EventFindingCode.BAD_LOCATION_PRECISION.exception(
          "", "where_prec must be 1 to 7, was " + wherePrec);
    }
    return LocationPrecision.ofUcdp(wherePrec);
  }

  private static Fatalities fatalities(EventRow r) {
    Map<String, Integer> parts = new LinkedHashMap<>();
    int sum = 0;
    for (String column : List.of("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")) {
      if (r.has(column)) {
        int n = r.count(column);
        parts.put(DEATHS.get(column), n);
        sum += n;
      }
    }
    if (!r.has("best") && parts.isEmpty()) {
      return null;
    }
    int best = r.count("best", sum);
    int low = r.count("low", best);
    int high = r.count("high", best);
    if (low > best || best > high) {
      throw EventFindingCode.BAD_NUMBER.exception(
          "",
          "fatality estimates must satisfy low <= best <= high, were " + low + ", " + best + ", "
              + high);
    }
    return new Fatalities(best, low, high, parts);
  }

  private static String violence(String code) {
    return switch (code) {
      case "1", "2", "3" -> VIOLENCE.get(Integer.parseInt(code) - 1);
      default -> code;
    };
  }

  static String join(String... parts) {
    StringBuilder out = new StringBuilder();
    for (String p : parts) {
      if (!p.isEmpty() && out.indexOf(p) < 0) {
        out.append(out.length() == 0 ? "" : ", ").append(p);
      }
    }
    return out.toString();
  }
}
