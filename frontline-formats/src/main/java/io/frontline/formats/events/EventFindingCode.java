package io.frontline.formats.events;

import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import java.util.Locale;

/**
 * The finding codes only event imports report, beside the shared {@link io.frontline.formats.FindingCode}s
 * ({@code not-utf8}, {@code unknown-format}, {@code csv-*}, {@code bad-date}, {@code impossible-date},
 * {@code future-date}, {@code bad-coordinates}, {@code coordinate-out-of-range}, {@code coordinates-swapped},
 * {@code missing-field}). Stable: docs/formats/events.md lists them.
 */
public enum EventFindingCode {
  DATE_BEFORE_1989(Severity.ERROR, "an event date before 1989, where the event datasets begin"),
  BAD_NUMBER(
      Severity.ERROR,
      "a count (fatalities, strikes, year) that is not a whole number >= 0, or estimates out "
          + "of order (low <= best <= high)"),
  BAD_LOCATION_PRECISION(
      Severity.ERROR,
      "a where_prec other than 1-7 (UCDP) or a geo_precision other than 1-3 " + "(ACLED)"),
  DUPLICATE_EVENT_ID(
      Severity.ERROR, "an event id that an earlier row of the same file already used"),
  UNMAPPED_ACTOR(
      Severity.WARNING, "side names that match no known actor id, name or alias: kept as names"),
  UNRESOLVED_PLACE(
      Severity.WARNING,
      "a strike release's place that the gazetteer does not hold: its lines are " + "left out"),
  TOO_MANY_FINDINGS(
      Severity.ERROR, "more findings of one code than the report lists; the rest are counted");

  private final Severity severity;
  private final String description;

  EventFindingCode(Severity severity, String description) {
    this.severity = severity;
    this.description = description;
  }

  /** The code as it appears in findings: "unmapped-actor". */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  public Finding finding(String location, String message) {
    return new Finding(severity, code(), location, Quoted.printable(message), "");
  }

  public FormatException exception(String location, String message) {
    return new FormatException(code(), location, message);
  }
}
