package io.frontline.render.labels;

import java.awt.geom.Rectangle2D;
import java.util.Optional;

/**
 * A placed label: the box its text occupies (with a small margin), where to draw the text (left edge and baseline),
 * and the box of its point marker, if it has one.
 */
public record PlacedLabel(
    LabelRequest request,
    Rectangle2D box,
    double textX,
    double baseline,
    Optional<Rectangle2D> marker,
    Position position) {

  /** Where the text sits relative to its point. */
  public enum Position {
    CENTRE,
    RIGHT,
    LEFT,
    UPPER_RIGHT,
    LOWER_RIGHT,
    UPPER_LEFT,
    LOWER_LEFT,
    ABOVE,
    BELOW
  }
}
