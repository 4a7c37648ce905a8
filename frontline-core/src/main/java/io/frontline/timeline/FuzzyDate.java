package io.frontline.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a day, a month or a year. {@code start} is the first day of the period; a month- or
 * year-precise date stands for "some day in that period" and, for resolution, takes effect from its first day.
 */
public record FuzzyDate(LocalDate start, DatePrecision precision) implements Comparable<FuzzyDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public FuzzyDate {
    if (start == null || precision == null) {
      throw new IllegalArgumentException("date and precision are required");
    }
    if (precision != DatePrecision.DAY && start.getDayOfMonth() != 1
        || precision == DatePrecision.YEAR && start.getMonthValue() != 1) {
      throw new IllegalArgumentException(
          "a " + precision.code() + "-precise date must start its period, was " + start);
    }
  }

  public static FuzzyDate day(LocalDate date) {
    return new FuzzyDate(date, DatePrecision.DAY);
  }

  /** Parses YYYY, YYYY-MM or YYYY-MM-DD; the precision follows the form. Impossible dates are refused. */
  public static FuzzyDate parse(String text) {
    Matcher m = FORM.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "date must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + text + "'");
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new FuzzyDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        return new FuzzyDate(YearMonth.of(year, month).atDay(1), DatePrecision.MONTH);
      }
      return new FuzzyDate(
          LocalDate.of(year, month, Integer.parseInt(m.group(3))), DatePrecision.DAY);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("date " + text.strip() + " does not exist");
    }
  }

  /** Parses a date and checks that its form agrees with a stated precision ("2014-06" with "month"). */
  public static FuzzyDate parse(String text, String precision) {
    FuzzyDate date = parse(text);
    if (precision != null
        && !precision.isBlank()
        && DatePrecision.parse(precision) != date.precision()) {
      throw new IllegalArgumentException("date '" + text.strip() + "' is "
          + date.precision().code() + "-precise but precision says " + precision.strip());
    }
    return date;
  }

  /** The last day of the period. */
  public LocalDate end() {
    return switch (precision) {
      case DAY -> start;
      case MONTH -> YearMonth.from(start).atEndOfMonth();
      case YEAR -> start.withDayOfYear(start.lengthOfYear());
    };
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end());
  }

  @Override
  public int compareTo(FuzzyDate other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : precision.compareTo(other.precision);
  }

  @Override
  public String toString() {
    return switch (precision) {
      case DAY -> start.toString();
      case MONTH -> start.toString().substring(0, 7);
      case YEAR -> start.toString().substring(0, 4);
    };
  }
}
