package io.frontline.server.ogc;

import io.frontline.server.http.ApiException;
import io.frontline.server.http.Params;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The OGC {@code datetime} parameter: one instant or date, or an interval "start/end" with ".." for an open end.
 * Dates are days (UTC).
 */
record OgcDatetime(Optional<LocalDate> start, Optional<LocalDate> end) {
  static Optional<OgcDatetime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String[] parts = text.strip().split("/", -1);
    if (parts.length > 2) {
      throw bad(text);
    }
    Optional<LocalDate> a = day(parts[0], text);
    Optional<LocalDate> b = parts.length == 2 ? day(parts[1], text) : a;
    if (a.isPresent() && b.isPresent() && b.get().isBefore(a.get())) {
      throw ApiException.badParameter(
          "datetime", "datetime interval ends before it starts: '" + text + "'");
    }
    return Optional.of(new OgcDatetime(a, b));
  }

  /** The one day a control map is drawn for: a single date, or the end of an interval. */
  LocalDate day(LocalDate fallback) {
    return end.or(() -> start).orElse(fallback);
  }

  boolean overlaps(LocalDate from, LocalDate to) {
    return start.map(s -> !to.isBefore(s)).orElse(true)
        && end.map(e -> !from.isAfter(e)).orElse(true);
  }

  private static Optional<LocalDate> day(String part, String whole) {
    String p = part.strip();
    if (p.isEmpty() || p.equals("..")) {
      return Optional.empty();
    }
    try {
      LocalDate d =
          p.length() <= 11 ? LocalDate.parse(p.substring(0, Math.min(10, p.length()))) : instant(p);
      return Optional.of(Params.date("datetime", d.toString()));
    } catch (DateTimeParseException e) {
      throw bad(whole);
    }
  }

  /** An instant with a zone (2016-02-01T12:00:00Z) or without one, read as UTC (GDAL sends both). */
  private static LocalDate instant(String p) {
    try {
      return OffsetDateTime.parse(p).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(p).toLocalDate();
    }
  }

  private static ApiException bad(String text) {
    return ApiException.badParameter(
        "datetime",
        "datetime must be a date (2016-02-01), an instant"
            + " (2016-02-01T00:00:00Z) or an interval start/end with '..' for an open end, was '"
            + text + "'");
  }
}
