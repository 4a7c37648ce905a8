package io.frontline.render.map;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/**
 * Fills a shape in an {@link AreaStyle}: the base colour, then the hatching drawn as vector lines clipped to the shape
 * (so it is identical in PNG, SVG and PDF). Lines are at 45 degrees, anchored to the page so neighbouring shapes line
 * up.
 */
public final class Hatching {
  private Hatching() {}

  public static void fill(Graphics2D g, Shape shape, AreaStyle style, double unit) {
    g.setColor(style.fill());
    g.fill(shape);
    if (style.hatch().isEmpty()
        || style.kind() == AreaStyle.Hatch.NONE
        || style.kind() == AreaStyle.Hatch.EVENT) {
      return;
    }
    Shape oldClip = g.getClip();
    g.clip(shape);
    g.setColor(style.hatch().get());
    boolean cross = style.kind() == AreaStyle.Hatch.CROSS;
    boolean stale = style.kind() == AreaStyle.Hatch.STALE;
    double spacing = (cross ? 7.5 : stale ? 5.5 : 6.5) * unit;
    g.setStroke(new BasicStroke((float) ((cross ? 1.3 : stale ? 1.2 : 2.4) * unit)));
    Rectangle2D b = shape.getBounds2D();
    lines(g, b, spacing, stale ? -1 : 1);
    if (cross) {
      lines(g, b, spacing, -1);
    }
    g.setClip(oldClip);
  }

  /** Parallel lines x = c + direction * y covering the box, c on a grid of {@code spacing}. */
  private static void lines(Graphics2D g, Rectangle2D b, double spacing, int direction) {
    double lo = direction > 0 ? b.getMinX() - b.getMaxY() : b.getMinX() + b.getMinY();
    double hi = direction > 0 ? b.getMaxX() - b.getMinY() : b.getMaxX() + b.getMaxY();
    for (double c = Math.floor(lo / spacing) * spacing; c <= hi; c += spacing) {
      g.draw(new Line2D.Double(
          c + direction * b.getMinY(), b.getMinY(), c + direction * b.getMaxY(), b.getMaxY()));
    }
  }
}
