package io.frontline.render.geo;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * A map's extent in WGS84 degrees: west, south, east, north. West is less than east (no antimeridian crossing) and
 * south less than north; the extent is at least 0.01 degree across and lies within the valid lon/lat range.
 */
public record Extent(double west, double south, double east, double north) {
  public Extent {
    if (!(west >= -180 && east <= 180 && south >= -85 && north <= 85)) {
      throw new IllegalArgumentException(String.format(
          Locale.ROOT,
          "extent must lie within lon -180..180 and lat -85..85, was %s",
          text(west, south, east, north)));
    }
    if (!(east - west >= 0.01 && north - south >= 0.01)) {
      throw new IllegalArgumentException(
          "extent must be at least 0.01 degree across with west < east and south <" + " north, was "
              + text(west, south, east, north));
    }
  }

  /** Parses "W,S,E,N" in degrees. */
  public static Extent parse(String bbox) {
    String[] parts = bbox == null ? new String[0] : bbox.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("bbox must be W,S,E,N in degrees, was '" + bbox + "'");
    }
    try {
      return new Extent(
          Double.parseDouble(parts[0].strip()),
          Double.parseDouble(parts[1].strip()),
          Double.parseDouble(parts[2].strip()),
          Double.parseDouble(parts[3].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "bbox must be four numbers W,S,E,N, was '" + bbox + "'", e);
    }
  }

  public static Extent of(Envelope envelope) {
    return new Extent(
        envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY());
  }

  public Envelope envelope() {
    return new Envelope(west, east, south, north);
  }

  public double centreLon() {
    return (west + east) / 2;
  }

  public double centreLat() {
    return (south + north) / 2;
  }

  /** This extent grown by a fraction of its size on every side, kept within the valid range. */
  public Extent grow(double fraction) {
    double dx = (east - west) * fraction;
    double dy = (north - south) * fraction;
    return new Extent(
        Math.max(-180, west - dx),
        Math.max(-85, south - dy),
        Math.min(180, east + dx),
        Math.min(85, north + dy));
  }

  @Override
  public String toString() {
    return text(west, south, east, north);
  }

  private static String text(double w, double s, double e, double n) {
    return String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", w, s, e, n);
  }
}
