package io.frontline.render.map;

import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** Draws the legend rows: a swatch in the entry's style and its label; right to left for Arabic. */
final class LegendPainter {
  private final TextPainter text;
  private final Theme theme;
  private final double u;
  private final boolean rightToLeft;

  LegendPainter(TextPainter text, Theme theme, double u, boolean rightToLeft) {
    this.text = text;
    this.theme = theme;
    this.u = u;
    this.rightToLeft = rightToLeft;
  }

  void paint(Graphics2D g, Legend legend, Rectangle2D box) {
    double rowH = legend.size() * 1.9;
    double y = box.getY() + 4 * u;
    for (List<Legend.Entry> row : legend.rows()) {
      double x = rightToLeft ? box.getMaxX() : box.getX();
      for (Legend.Entry e : row) {
        x = entry(g, legend, e, x, y, rowH);
      }
      y += rowH;
    }
  }

  /** Draws one entry starting at x (its right edge for right to left); returns where the next one starts. */
  private double entry(
      Graphics2D g, Legend legend, Legend.Entry e, double x, double y, double rowH) {
    TextPainter.Metrics m = text.measure(e.label(), false, legend.size());
    double width = legend.swatchW() + 8 * u + m.width();
    double left = rightToLeft ? x - width : x;
    double swatchX = rightToLeft ? x - legend.swatchW() : x;
    Rectangle2D swatch = new Rectangle2D.Double(
        swatchX, y + (rowH - legend.swatchH()) / 2, legend.swatchW(), legend.swatchH());
    if (e.style().kind() == AreaStyle.Hatch.EVENT) {
      EventDots.sample(g, swatch.getCenterX(), swatch.getCenterY(), e.style(), u);
    } else {
      Hatching.fill(g, swatch, e.style(), u);
      g.setColor(theme.border());
      g.setStroke(new BasicStroke((float) (0.8 * u)));
      g.draw(swatch);
    }
    double textX = rightToLeft ? left : x + legend.swatchW() + 8 * u;
    text.draw(
        g,
        e.label(),
        false,
        legend.size(),
        textX,
        y + rowH / 2 + m.ascent() / 2 - m.descent() / 2,
        theme.text(),
        null,
        0);
    return rightToLeft ? left - legend.gap() : x + width + legend.gap();
  }
}
