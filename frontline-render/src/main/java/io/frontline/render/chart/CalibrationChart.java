package io.frontline.render.chart;

import io.frontline.figures.SeriesOp;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One daily series (area or population) with its low-high band, and the figures others published as marked points,
 * each named by its author: the series is black, its band grey, independent figures blue, figures of parties to the
 * conflict orange.
 */
public record CalibrationChart(ChartPage page, Panel panel, List<SeriesOp.Point> points, List<Mark> marks,
    String axisTitle) {
  private static final Color BAND = new Color(0, 0, 0, 46);
  private static final Color INDEPENDENT = new Color(0x1f5fa8);
  private static final Color PARTISAN = new Color(0xd0641b);
  private static final int MAX_ROWS = 10;

  public CalibrationChart {
    points = List.copyOf(points);
    marks = List.copyOf(marks);
    if (points.size() < 2) {
      throw new IllegalArgumentException("a calibration chart needs two or more days, had " + points.size());
    }
  }

  /** Which figures the chart shows. */
  public enum Panel {
    AREA(SeriesOp.Point::area_km2, SeriesOp.Point::area_low_km2, SeriesOp.Point::area_high_km2),
    POPULATION(p -> p.population(), p -> p.population_low(), p -> p.population_high());

    final ToDoubleFunction<SeriesOp.Point> value;
    final ToDoubleFunction<SeriesOp.Point> low;
    final ToDoubleFunction<SeriesOp.Point> high;

    Panel(ToDoubleFunction<SeriesOp.Point> value, ToDoubleFunction<SeriesOp.Point> low,
        ToDoubleFunction<SeriesOp.Point> high) {
      this.value = value;
      this.low = low;
      this.high = high;
    }
  }

  /** A published figure: its date, value, author's short name, and whether the author is a party to the war. */
  public record Mark(LocalDate date, double value, String label, boolean partisan) {
  }

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    double legend = legend(g, text, plot);
    Rectangle2D box = new Rectangle2D.Double(plot.getX() + 80 * u, plot.getY() + legend + 30 * u,
        plot.getWidth() - 90 * u, plot.getHeight() - legend - 30 * u - 30 * u);
    double max = Math.max(points.stream().mapToDouble(panel.high).max().orElse(1),
        marks.stream().mapToDouble(Mark::value).max().orElse(0));
    AreaChart.Axis y = new AreaChart.Axis(box, Ticks.upTo(max, 5));
    new ChartAxes(text, page.theme(), page.language(), u).paint(g, box, y, first(), last(), this::x, axisTitle);
    g.setColor(BAND);
    g.fill(band(box, y));
    g.setColor(page.theme().text());
    g.setStroke(new BasicStroke((float) (2.6 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line(box, y, panel.value));
    marks(g, text, box, y);
  }

  private double legend(Graphics2D g, TextPainter text, Rectangle2D plot) {
    double u = page.unit();
    float size = (float) (15 * u);
    double x = plot.getX();
    double base = plot.getY() + size;
    String[] labels = {"Frontline", "Frontline low-high", "published", "published by a party to the conflict"};
    for (int i = 0; i < labels.length; i++) {
      double cy = base - size * 0.35;
      if (i == 0) {
        g.setColor(page.theme().text());
        g.setStroke(new BasicStroke((float) (2.6 * u)));
        g.draw(new Line2D.Double(x, cy, x + 28 * u, cy));
      } else if (i == 1) {
        g.setColor(BAND);
        g.fill(new Rectangle2D.Double(x, cy - 7 * u, 28 * u, 14 * u));
      } else {
        dot(g, x + 14 * u, cy, i == 3, u);
      }
      text.draw(g, labels[i], false, size, x + 36 * u, base, page.theme().text(), null, 0);
      x += 36 * u + text.measure(labels[i], false, size).width() + 30 * u;
    }
    return size * 1.6;
  }

  private Path2D.Double band(Rectangle2D box, AreaChart.Axis y) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < points.size(); i++) {
      SeriesOp.Point p = points.get(i);
      double px = x(box, p.date());
      double py = y.pixel(panel.high.applyAsDouble(p));
      if (i == 0) {
        path.moveTo(px, py);
      } else {
        path.lineTo(px, py);
      }
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      SeriesOp.Point p = points.get(i);
      path.lineTo(x(box, p.date()), y.pixel(panel.low.applyAsDouble(p)));
    }
    path.closePath();
    return path;
  }

  private Path2D.Double line(Rectangle2D box, AreaChart.Axis y, ToDoubleFunction<SeriesOp.Point> value) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < points.size(); i++) {
      SeriesOp.Point p = points.get(i);
      if (i == 0) {
        path.moveTo(x(box, p.date()), y.pixel(value.applyAsDouble(p)));
      } else {
        path.lineTo(x(box, p.date()), y.pixel(value.applyAsDouble(p)));
      }
    }
    return path;
  }

  /** Each mark a dot; its label to the right, moved down row by row until it clears the labels already set. */
  private void marks(Graphics2D g, TextPainter text, Rectangle2D box, AreaChart.Axis y) {
    double u = page.unit();
    float size = (float) (12.5 * u);
    List<Rectangle2D> taken = new ArrayList<>();
    for (Mark m : marks) {
      double px = x(box, m.date());
      double py = y.pixel(m.value());
      dot(g, px, py, m.partisan(), u);
      TextPainter.Metrics metrics = text.measure(m.label(), false, size);
      for (int row = 0; row < MAX_ROWS; row++) {
        double top = py - size * 0.7 + (row % 2 == 0 ? 1 : -1) * ((row + 1) / 2) * size * 1.4;
        double left = px + 8 * u + metrics.width() > box.getMaxX() ? px - 8 * u - metrics.width() : px + 8 * u;
        Rectangle2D r = new Rectangle2D.Double(left, top, metrics.width(), size * 1.3);
        if (taken.stream().noneMatch(r::intersects)) {
          taken.add(r);
          text.draw(g, m.label(), false, size, left, top + metrics.ascent(), m.partisan() ? PARTISAN : INDEPENDENT,
              page.theme().halo(), (float) (2 * u));
          break;
        }
      }
    }
  }

  private static void dot(Graphics2D g, double cx, double cy, boolean partisan, double u) {
    double d = 9 * u;
    g.setColor(partisan ? PARTISAN : INDEPENDENT);
    g.fill(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke((float) (1.2 * u)));
    g.draw(new Ellipse2D.Double(cx - d / 2, cy - d / 2, d, d));
  }

  double x(Rectangle2D box, LocalDate date) {
    double span = Math.max(1, ChronoUnit.DAYS.between(first(), last()));
    return box.getX() + box.getWidth() * ChronoUnit.DAYS.between(first(), date) / span;
  }

  private LocalDate first() {
    return points.get(0).date();
  }

  private LocalDate last() {
    return points.get(points.size() - 1).date();
  }
}
