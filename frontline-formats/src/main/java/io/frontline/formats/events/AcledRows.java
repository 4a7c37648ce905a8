package io.frontline.formats.events;

import io.frontline.events.Event;
import io.frontline.events.Fatalities;
import io.frontline.events.LocationPrecision;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ACLED export rows. event_date is ISO (2019-06-15) or ACLED's older "15 June 2019"; time_precision 3 (only the
 * month known) makes the date month-precise, 1 and 2 (within a week) keep the day. The location joins location and
 * admin3..admin1; the source is ACLED's source column.
 */
final class AcledRows implements RowConverter {
  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern(
          "d MMMM uuuu", Locale.ENGLISH)
      .withResolverStyle(java.time.format.ResolverStyle.STRICT);
  private final SideMapper sides;

  AcledRows(SideMapper sides) {
    this.sides = sides;
  }

  @Override
  public Event event(EventRow r) {
    String id = r.required("event_id_cnty");
    LocalDate day = day(r);
    FuzzyDate date = r.text("time_precision").equals("3")
        ? new FuzzyDate(day.withDayOfMonth(1), DatePrecision.MONTH)
        : FuzzyDate.day(day);
    double[] point = r.point(r.text("country"));
    int geo = r.count("geo_precision");
    if (geo < 1 || geo > 3) {
      throw EventFindingCode.BAD_LOCATION_PRECISION.exception(
          "", "geo_precision must be 1, 2 or 3, was " + geo);
    }
    Fatalities fatalities = r.has("fatalities") ? Fatalities.of(r.count("fatalities")) : null;
    return new Event(
        EventFormat.ACLED.dataset(),
        id,
        r.text("source"),
        date,
        point[0],
        point[1],
        LocationPrecision.ofAcled(geo),
        r.text("country"),
        UcdpRows.join(r.text("location"), r.text("admin3"), r.text("admin2"), r.text("admin1")),
        r.required("event_type"),
        r.text("sub_event_type"),
        sides.sides(r.text("actor1"), r.text("actor2")),
        fatalities,
        1,
        r.text("notes"));
  }

  private static LocalDate day(EventRow r) {
    String value = r.required("event_date");
    if (ISO.matcher(value).matches()) {
      return r.isoDate("event_date");
    }
    try {
      return LocalDate.parse(value, LONG);
    } catch (DateTimeParseException e) {
      throw EventRow.badDate("event_date", value, "YYYY-MM-DD or '15 June 2019'");
    }
  }
}
