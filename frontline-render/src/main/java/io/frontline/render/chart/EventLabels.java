package io.frontline.render.chart;

import io.frontline.figures.SeriesOp;
import io.frontline.render.map.Theme;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Named changes on the chosen actor's line: a dot on the line and the name above it, raised row by row until it
 * clears the labels already set; a name that finds no free row within the plot is left out.
 */
final class EventLabels {
  private static final int MAX_ROWS = 8;
  private final TextPainter text;
  private final Theme theme;
  private final double u;

  EventLabels(TextPainter text, Theme theme, double u) {
    this.text = text;
    this.theme = theme;
    this.u = u;
  }

  void paint(
      Graphics2D g,
      Rectangle2D box,
      List<AreaChart.Event> events,
      Optional<AreaChart.Series> line,
      BiFunction<Rectangle2D, LocalDate, Double> x,
      AreaChart.Axis y) {
    if (line.isEmpty()) {
      return;
    }
    float size = (float) (13 * u);
    List<Rectangle2D> taken = new ArrayList<>();
    for (AreaChart.Event e : AreaChart.sorted(events)) {
      Optional<SeriesOp.Point> at =
          line.get().points().stream().filter(p -> p.date().equals(e.date())).findFirst();
      if (at.isEmpty()) {
        continue;
      }
      double px = x.apply(box, e.date());
      double py = y.pixel(at.get().area_km2());
      TextPainter.Metrics m = text.measure(e.label(), false, size);
      for (int row = 0; row < MAX_ROWS; row++) {
        double top = py - 18 * u - (row + 1) * size * 1.45;
        double left = Math.min(Math.max(box.getX(), px - m.width() / 2), box.getMaxX() - m.width());
        Rectangle2D r = new Rectangle2D.Double(left - 2 * u, top, m.width() + 4 * u, size * 1.35);
        if (top >= box.getY() - 8 * u && taken.stream().noneMatch(r::intersects)) {
          taken.add(r);
          draw(g, e.label(), size, px, py, r, m);
          break;
        }
      }
    }
  }

  private void draw(
      Graphics2D g,
      String label,
      float size,
      double px,
      double py,
      Rectangle2D r,
      TextPainter.Metrics m) {
    g.setColor(theme.mutedText());
    g.setStroke(new BasicStroke((float) (0.8 * u)));
    g.draw(new Line2D.Double(px, py - 4 * u, px, r.getMaxY()));
    g.setColor(theme.text());
    double d = 6 * u;
    g.fill(new Ellipse2D.Double(px - d / 2, py - d / 2, d, d));
    text.draw(
        g,
        label,
        false,
        size,
        r.getX() + 2 * u,
        r.getY() + m.ascent() + size * 0.1,
        theme.text(),
        theme.halo(),
        (float) (2 * u));
  }
}
