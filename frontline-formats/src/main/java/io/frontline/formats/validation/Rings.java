package io.frontline.formats.validation;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.io.WKTWriter;

/**
 * Builds polygon rings from parsed points, refusing the two faults that JTS cannot even represent: an unclosed ring
 * ({@code ring-not-closed}) and a ring of fewer than 4 points ({@code ring-too-short}). Readers call this while
 * parsing; the other geometry rules are in {@link GeometryValidator}. Unclosed rings are refused, not closed:
 * a missing closing point often means a truncated file.
 */
public final class Rings {
  private Rings() {}

  /** A ring of these points; no points give an empty ring. */
  public static LinearRing ring(Coordinate[] points, GeometryFactory factory) {
    if (points.length == 0) {
      return factory.createLinearRing();
    }
    Coordinate first = points[0];
    Coordinate last = points[points.length - 1];
    if (!first.equals2D(last)) {
      throw FindingCode.RING_NOT_CLOSED.exception(
          "",
          "ring not closed: first point " + WKTWriter.format(first) + " differs from last point "
              + WKTWriter.format(last),
          WKTWriter.toLineString(points));
    }
    if (points.length < 4) {
      throw tooShort(points);
    }
    return factory.createLinearRing(points);
  }

  static FormatException tooShort(Coordinate[] points) {
    return FindingCode.RING_TOO_SHORT.exception(
        "",
        "ring has " + points.length
            + " points; a ring needs at least 4 (3 distinct and the closing point)",
        WKTWriter.toLineString(points));
  }
}
