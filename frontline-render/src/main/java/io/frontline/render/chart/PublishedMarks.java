package io.frontline.render.chart;

import io.frontline.render.map.Theme;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Published figures on a time chart: a dot each (blue for independent authors, orange for parties to the conflict)
 * and its author's name beside it, moved up or down row by row until it clears the names already set.
 */
final class PublishedMarks {
  static final Color INDEPENDENT = new Color(0x1f5fa8);
  static final Color PARTISAN = new Color(0xd0641b);
  private static final int MAX_ROWS = 10;
  private final TextPainter text;
  private final Theme theme;
  private final double u;

  PublishedMarks(TextPainter text, Theme theme, double u) {
    this.text = text;
    this.theme = theme;
    this.u = u;
  }

  void paint(
      Graphics2D g,
      Rectangle2D box,
      List<CalibrationChart.Mark> marks,
      BiFunction<Rectangle2D, LocalDate, Double> x,
      AreaChart.Axis y) {
    float size = (float) (12.5 * u);
    List<Rectangle2D> taken = new ArrayList<>();
    for (CalibrationChart.Mark m : marks) {
      double px = x.apply(box, m.date());
      double py = y.pixel(m.value());
      dot(g, px, py, m.partisan());
      TextPainter.Metrics metrics = text.measure(m.label(), false, size);
      for (int row = 0; row < MAX_ROWS; row++) {
        double top = py - size * 0.7 + (row % 2 == 0 ? 1 : -1) * ((row + 1) / 2) * size * 1.4;
        double left = px + 8 * u + metrics.width() > box.getMaxX()
            ? px - 8 * u - metrics.width()
            : px + 8 * u;
        Rectangle2D r = new Rectangle2D.Double(left, top, metrics.width(), size * 1.3);
        if (taken.stream().noneMatch(r::intersects)) {
          taken.add(r);
          text.draw(
              g,
              m.label(),
              false,
              size,
              left,
              top + metrics.ascent(),
              m.partisan() ? PARTISAN : INDEPENDENT,
              theme.halo(),
              (float) (2 * u));
          break;
        }
      }
    }
  }

  void dot(Graphics2D g, double cx, double cy, boolean partisan) {
    double d = 9 * u;
    g.setColor(partisan ? PARTISAN : INDEPENDENT);
    g.fill(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (1.2 * u)));
    g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
  }
}
