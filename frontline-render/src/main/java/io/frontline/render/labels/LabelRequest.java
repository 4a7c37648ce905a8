package io.frontline.render.labels;

import java.awt.geom.Point2D;

/**
 * A label to place: its text and style (size, weight, letter spacing), the point it names (panel pixels), the radius of the point's marker (0 for
 * an area label, which is centred on the point instead of set beside it) and its priority (lower is placed first).
 */
public record LabelRequest(
    String id,
    Kind kind,
    String text,
    Point2D anchor,
    double markerRadius,
    int priority,
    boolean bold,
    float size,
    float tracking,
    boolean rightToLeft) {
  /** What a label names; capitals and cities have a point marker, countries and regions do not. */
  public enum Kind {
    CAPITAL,
    CITY,
    PLACE,
    COUNTRY
  }

  public LabelRequest {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("label " + id + " needs a text");
    }
    if (!(size > 0) || !(markerRadius >= 0) || (kind != Kind.COUNTRY) != (markerRadius > 0)) {
      throw new IllegalArgumentException(
          "label " + id + " size must be > 0 and a point label needs a marker radius > 0"
              + " (an area label 0), were " + size + " and " + markerRadius);
    }
    anchor = new Point2D.Double(anchor.getX(), anchor.getY());
  }

  public boolean isAreaLabel() {
    return kind == Kind.COUNTRY;
  }
}
