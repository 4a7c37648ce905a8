package io.frontline.figures.calibration;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * A figure of the Islamic State's area or population that someone published, with who said it and where: one row of
 * the bundled {@code calibration/published-figures.csv}. The date is a day, a month or a year ({@link Precision}). A
 * peak figure (precision {@code peak}, or a note starting with "peak") is the largest extent reached by the end of
 * its date's period.
 */
public record PublishedFigure(
    String date,
    Precision precision,
    Scope scope,
    Measure measure,
    double value,
    String unit,
    String saidBy,
    String sourceUrl,
    String note) {
  public PublishedFigure {
    if (date == null
        || saidBy == null
        || saidBy.isBlank()
        || sourceUrl == null
        || !sourceUrl.startsWith("http")) {
      throw new IllegalArgumentException(
          "a published figure needs a date, its author and a source URL, was " + date + ", "
              + saidBy + ", " + sourceUrl);
    }
    if (!(value >= 0)) {
      throw new IllegalArgumentException("a published figure must be >= 0, was " + value);
    }
    if (measure == Measure.SHARE_OF_COUNTRY_HELD && scope.iso2() == null) {
      throw new IllegalArgumentException(
          "a share of a country needs one country (Iraq or Syria), was " + scope.label());
    }
    note = note == null ? "" : note;
    firstDay(date, precision);
  }

  /** How exact the date is. */
  public enum Precision {
    DAY,
    MONTH,
    YEAR,
    PEAK;

    public static Precision parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** Where the figure counts: Iraq, Syria or both. */
  public enum Scope {
    IRAQ("Iraq", "IQ"),
    SYRIA("Syria", "SY"),
    IRAQ_SYRIA("Iraq+Syria", null);

    private final String label;
    private final String iso2;

    Scope(String label, String iso2) {
      this.label = label;
      this.iso2 = iso2;
    }

    public String label() {
      return label;
    }

    /** The country's ISO code, or null for both countries. */
    public String iso2() {
      return iso2;
    }

    public static Scope parse(String s) {
      for (Scope v : values()) {
        if (v.label.equalsIgnoreCase(s.strip())) {
          return v;
        }
      }
      throw new IllegalArgumentException(
          "scope must be Iraq, Syria or Iraq+Syria, was '" + s + "'");
    }
  }

  /** What was measured. */
  public enum Measure {
    AREA_HELD,
    POPULATION_HELD,
    SHARE_LOST_SINCE_PEAK,
    SHARE_OF_COUNTRY_HELD;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Measure parse(String s) {
      return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }
  }

  /** The first day of the figure's date (the day, or the first of its month or year). */
  public LocalDate firstDay() {
    return firstDay(date, precision);
  }

  /** The last day of the figure's date (the day, or the last of its month or year). */
  public LocalDate lastDay() {
    return switch (precision) {
      case DAY -> firstDay();
      case MONTH -> YearMonth.parse(date).atEndOfMonth();
      case YEAR -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case PEAK ->
        date.length() == 10
            ? firstDay()
            : date.length() == 7
                ? YearMonth.parse(date).atEndOfMonth()
                : LocalDate.of(Integer.parseInt(date), 12, 31);
    };
  }

  /** A peak figure: one whose precision says so or whose note starts with "peak". */
  public boolean peak() {
    return precision == Precision.PEAK || note.startsWith("peak");
  }

  /** Said by a party to the conflict (its note says so). */
  public boolean partisan() {
    return note.contains("party to the conflict");
  }

  private static LocalDate firstDay(String date, Precision precision) {
    try {
      return switch (date.length()) {
        case 10 -> LocalDate.parse(date);
        case 7 -> YearMonth.parse(date).atDay(1);
        case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
        default ->
          throw new IllegalArgumentException(
              "date must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + date + "'");
      };
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "date must be YYYY, YYYY-MM or YYYY-MM-DD (" + precision + "), was '" + date + "'", e);
    }
  }
}
