package io.frontline.store;

import io.frontline.timeline.RecordTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Record (transaction) times. They come from the injected clock at millisecond precision and strictly increase
 * within a store: when the clock stands still or goes back, the next time is the previous one plus a millisecond, so
 * "as recorded at" queries separate every write. Times are stored as fixed-width ISO text
 * ({@code 2024-03-01T10:00:00.000Z}) so that text order is time order.
 */
final class RecordClock {
  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final Instant FIRST = Instant.parse("0000-01-01T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999Z");

  private final Clock clock;

  RecordClock(Clock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("a store needs a clock");
    }
    this.clock = clock;
  }

  /** The clock's time, at millisecond precision. */
  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /** The time for a write that follows one recorded at {@code previous} (null when there was none). */
  Instant next(Instant previous) {
    Instant now = now();
    return previous == null || now.isAfter(previous) ? now : previous.plusMillis(1);
  }

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** Parses a stored time; the fixed-width form written by {@link #format} is read without a formatter. */
  static Instant parse(String text) {
    if (text.length() == 24 && text.charAt(10) == 'T' && text.charAt(23) == 'Z') {
      return LocalDateTime.of(
              digits(text, 0, 4),
              digits(text, 5, 7),
              digits(text, 8, 10),
              digits(text, 11, 13),
              digits(text, 14, 16),
              digits(text, 17, 19),
              digits(text, 20, 23) * 1_000_000)
          .toInstant(ZoneOffset.UTC);
    }
    return Instant.parse(text);
  }

  private static int digits(String text, int from, int to) {
    return Integer.parseInt(text, from, to, 10);
  }

  /** The inclusive upper bound, as stored text, of the records an as-of query sees. */
  static String upperBound(RecordTime asOf) {
    Instant limit = asOf.instant().orElse(LAST);
    if (limit.isBefore(FIRST)) {
      limit = FIRST;
    }
    return format(limit.isAfter(LAST) ? LAST : limit.truncatedTo(ChronoUnit.MILLIS));
  }
}
