package io.frontline.formats.geonames;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.text.Quoted;
import io.frontline.gazetteer.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One line of a GeoNames dump to a {@link Place}; a malformed line throws a {@code geonames-malformed-line}. */
final class GeoNamesLine {
  static final int COLUMNS = 19;

  private GeoNamesLine() {}

  static Place parse(String line, String location) {
    String[] c = line.split("\t", -1);
    if (c.length != COLUMNS) {
      throw malformed(
          location, "expected " + COLUMNS + " tab-separated columns, found " + c.length);
    }
    long id = number(c[0], "geonameid", location);
    double lat = decimal(c[4], "latitude", location);
    double lon = decimal(c[5], "longitude", location);
    long population = c[14].isBlank() ? 0 : number(c[14], "population", location);
    try {
      return new Place(
          id, c[1], alternateNames(c[3]), Map.of(), lat, lon, c[6], c[7], c[8], c[10], population);
    } catch (IllegalArgumentException e) {
      throw malformed(location, e.getMessage());
    }
  }

  private static List<String> alternateNames(String column) {
    List<String> names = new ArrayList<>();
    for (String name : column.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  private static long number(String text, String column, String location) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw malformed(location, column + " must be a whole number, was " + Quoted.of(text));
    }
  }

  private static double decimal(String text, String column, String location) {
    try {
      return Double.parseDouble(text.strip());
    } catch (NumberFormatException e) {
      throw malformed(location, column + " must be a number, was " + Quoted.of(text));
    }
  }

  private static FormatException malformed(String location, String message) {
    return FindingCode.GEONAMES_MALFORMED_LINE.exception(location, message);
  }
}
