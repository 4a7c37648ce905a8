package io.frontline.server.http;

import io.frontline.timeline.RecordTime;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** Parsing of query parameters, each failure a 400 problem naming the parameter, the rule and the value. */
public final class Params {
  public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private Params() {}

  public static Optional<String> text(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  public static String required(Context ctx, String name) {
    return text(ctx, name)
        .orElseThrow(() -> ApiException.badParameter(name, name + " is required"));
  }

  public static LocalDate date(Context ctx, String name) {
    return date(name, required(ctx, name));
  }

  public static Optional<LocalDate> optionalDate(Context ctx, String name) {
    return text(ctx, name).map(t -> date(name, t));
  }

  /** A calendar date YYYY-MM-DD between 1900 and 2100. */
  public static LocalDate date(String name, String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          name, name + " must be a date YYYY-MM-DD that exists, was '" + text + "'");
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw ApiException.badParameter(
          name, name + " must be between " + EARLIEST + " and " + LATEST + ", was " + date);
    }
    return date;
  }

  /** "as recorded at": absent or "latest" for now; a date means the end of that day (UTC); or an ISO instant. */
  public static RecordTime asOf(Context ctx) {
    Optional<String> text = text(ctx, "as_of");
    if (text.isEmpty() || text.get().equals("latest")) {
      return RecordTime.now();
    }
    String t = text.get();
    try {
      if (t.length() == 10) {
        return RecordTime.at(date("as_of", t)
            .plusDays(1)
            .atStartOfDay()
            .toInstant(ZoneOffset.UTC)
            .minusMillis(1));
      }
      return RecordTime.at(Instant.parse(t));
    } catch (DateTimeParseException e) {
      throw ApiException.badParameter(
          "as_of",
          "as_of must be 'latest', YYYY-MM-DD or an ISO instant such as"
              + " 2017-06-05T12:00:00Z, was '" + t + "'");
    }
  }

  /** An integer within bounds, or the default when absent. */
  public static int integer(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> text = text(ctx, name);
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text.get());
      if (value < min || value > max) {
        throw ApiException.badParameter(
            name, name + " must be between " + min + " and " + max + ", was " + value);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(
          name, name + " must be a whole number, was '" + text.get() + "'");
    }
  }

  public static double number(Context ctx, String name, double min, double max) {
    String text = required(ctx, name);
    try {
      double value = Double.parseDouble(text);
      if (!(value >= min && value <= max)) {
        throw ApiException.badParameter(
            name, name + " must be between " + min + " and " + max + ", was " + text);
      }
      return value;
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(name, name + " must be a number, was '" + text + "'");
    }
  }

  /** A bbox "minLon,minLat,maxLon,maxLat" in WGS84 degrees, or empty when absent. */
  public static Optional<Envelope> bbox(Context ctx) {
    return text(ctx, "bbox").map(Params::bbox);
  }

  static Envelope bbox(String text) {
    String[] parts = text.split(",");
    String rule =
        "bbox must be minLon,minLat,maxLon,maxLat in degrees (lon -180..180, lat -90..90, min <= max)";
    if (parts.length != 4) {
      throw ApiException.badParameter("bbox", rule + ", was '" + text + "'");
    }
    double[] v = new double[4];
    try {
      for (int i = 0; i < 4; i++) {
        v[i] = Double.parseDouble(parts[i].strip());
      }
    } catch (NumberFormatException e) {
      throw ApiException.badParameter("bbox", rule + ", was '" + text + "'");
    }
    boolean ok =
        v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] <= v[2] && v[1] <= v[3];
    if (!ok) {
      throw ApiException.badParameter("bbox", rule + ", was '" + text + "'");
    }
    return new Envelope(v[0], v[2], v[1], v[3]);
  }

  /** A boolean flag: absent is false; "true", "1" or "yes" is true. */
  public static boolean flag(Context ctx, String name) {
    return text(ctx, name)
        .map(t -> t.equalsIgnoreCase("true") || t.equals("1") || t.equalsIgnoreCase("yes"))
        .orElse(false);
  }
}
