package io.frontline.formats.events;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.timeline.FuzzyDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** One data row of an event file, its fields by column name, with typed getters that throw findings' exceptions. */
final class EventRow {
  private final CSVRecord record;
  private final Map<String, Integer> columns;
  private final int line;
  private final CountryCheck countries;

  EventRow(CSVRecord record, Map<String, Integer> columns, int line, CountryCheck countries) {
    this.record = record;
    this.columns = columns;
    this.line = line;
    this.countries = countries;
  }

  /**
   * The row's point {lon, lat} from its latitude and longitude columns: in range, and not swapped (by range, or by
   * the country the row names when the basemap holds it).
   */
  double[] point(String country) {
    double lat = coordinate("latitude");
    double lon = coordinate("longitude");
    String at = "(lon " + lon + ", lat " + lat + ")";
    if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
      boolean swapped = Math.abs(lat) <= 180 && Math.abs(lon) <= 90;
      throw (swapped ? FindingCode.COORDINATES_SWAPPED : FindingCode.COORDINATE_OUT_OF_RANGE)
          .exception(
              "",
              swapped
                  ? "latitude " + lat
                      + " is out of range but would be a longitude: lat and lon swapped? " + at
                  : "coordinates out of range " + at);
    }
    if (countries.swapped(country, lon, lat)) {
      throw FindingCode.COORDINATES_SWAPPED.exception(
          "",
          "the point " + at + " lies outside " + country
              + " and inside it with lat and lon exchanged");
    }
    return new double[] {lon, lat};
  }

  int line() {
    return line;
  }

  /** The stripped field, "" when the column is absent or blank. */
  String text(String column) {
    Integer i = columns.get(column);
    return i == null || i >= record.size() ? "" : record.get(i).strip();
  }

  boolean has(String column) {
    return !text(column).isEmpty();
  }

  String required(String column) {
    String value = text(column);
    if (value.isEmpty()) {
      throw FindingCode.MISSING_FIELD.exception("", column + " is blank");
    }
    return value;
  }

  int count(String column) {
    String value = required(column);
    try {
      int n = Integer.parseInt(value);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw EventFindingCode.BAD_NUMBER.exception(
        "", column + " must be a whole number >= 0, was " + Quoted.of(value));
  }

  /** A count, or {@code otherwise} when the column is absent or blank. */
  int count(String column, int otherwise) {
    return has(column) ? count(column) : otherwise;
  }

  double coordinate(String column) {
    String value = required(column);
    try {
      double d = Double.parseDouble(value);
      if (Double.isFinite(d)) {
        return d;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw FindingCode.BAD_COORDINATES.exception(
        "", column + " must be a decimal number, was " + Quoted.of(value));
  }

  /** An ISO date (YYYY-MM-DD, anything after the tenth character ignored, as in "2016-01-01 00:00:00.000"). */
  LocalDate isoDate(String column) {
    String value = required(column);
    String day = value.length() > 10 && value.charAt(10) == ' '
            || value.length() > 10 && value.charAt(10) == 'T'
        ? value.substring(0, 10)
        : value;
    try {
      FuzzyDate date = FuzzyDate.parse(day);
      if (date.precision() == io.frontline.timeline.DatePrecision.DAY) {
        return date.start();
      }
    } catch (IllegalArgumentException e) {
      throw (e.getMessage().contains("does not exist")
              ? FindingCode.IMPOSSIBLE_DATE
              : FindingCode.BAD_DATE)
          .exception("", column + ": " + e.getMessage());
    }
    throw FindingCode.BAD_DATE.exception(
        "", column + " must be a day YYYY-MM-DD, was " + Quoted.of(value));
  }

  static FormatException badDate(String column, String value, String form) {
    return FindingCode.BAD_DATE.exception(
        "", column + " must be " + form + ", was " + Quoted.of(value));
  }

  static LocalDate date(String column, String value, int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw FindingCode.IMPOSSIBLE_DATE.exception(
          "", column + " " + Quoted.of(value) + " does not exist");
    }
  }
}
