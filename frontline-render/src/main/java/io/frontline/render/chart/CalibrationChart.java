package io.frontline.render.chart;

import io.frontline.figures.SeriesOp;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One daily series (area or population) with its low-high band, and the figures others published as marked points,
 * each named by its author: the series is black, its band grey, independent figures blue, figures of parties to the
 * conflict orange.
 */
public record CalibrationChart(
    ChartPage page, Panel panel, List<SeriesOp.Point> points, List<Mark> marks, String axisTitle) {
  private static final Color BAND = new Color(0, 0, 0, 46);

  public CalibrationChart {
    points = List.copyOf(points);
    marks = List.copyOf(marks);
    if (points.size() < 2) {
      throw new IllegalArgumentException(
          "a calibration chart needs two or more days, had " + points.size());
    }
  }

  /** Which figure a chart panel shows, with the low and high ends of its range (this chart and the area chart). */
  public enum Panel {
    AREA(SeriesOp.Point::area_km2, SeriesOp.Point::area_low_km2, SeriesOp.Point::area_high_km2),
    POPULATION(p -> p.population(), p -> p.population_low(), p -> p.population_high());

    final ToDoubleFunction<SeriesOp.Point> value;
    final ToDoubleFunction<SeriesOp.Point> low;
    final ToDoubleFunction<SeriesOp.Point> high;

    Panel(
        ToDoubleFunction<SeriesOp.Point> value,
        ToDoubleFunction<SeriesOp.Point> low,
        ToDoubleFunction<SeriesOp.Point> high) {
      this.value = value;
      this.low = low;
      this.high = high;
    }
  }

  /** A published figure: its date, value, author's short name, and whether the author is a party to the war. */
  public record Mark(LocalDate date, double value, String label, boolean partisan) {}

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    double legend = legend(g, text, plot);
    Rectangle2D box = new Rectangle2D.Double(
        plot.getX() + 80 * u,
        plot.getY() + legend + 30 * u,
        plot.getWidth() - 90 * u,
        plot.getHeight() - legend - 30 * u - 30 * u);
    double max = Math.max(
        points.stream().mapToDouble(panel.high).max().orElse(1),
        marks.stream().mapToDouble(Mark::value).max().orElse(0));
    AreaChart.Axis y = new AreaChart.Axis(box, Ticks.upTo(max, 5));
    new ChartAxes(text, page.theme(), page.language(), u)
        .paint(g, box, y, first(), last(), this::x, axisTitle);
    g.setColor(BAND);
    g.fill(band(box, y));
    g.setColor(page.theme().text());
    g.setStroke(new BasicStroke((float) (2.6 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(line(box, y, panel.value));
    new PublishedMarks(text, page.theme(), u).paint(g, box, marks, this::x, y);
  }

  private double legend(Graphics2D g, TextPainter text, Rectangle2D plot) {
    double u = page.unit();
    float size = (float) (15 * u);
    double x = plot.getX();
    double base = plot.getY() + size;
    String[] labels = {
      "Frontline", "Frontline low-high", "published", "published by a party to the conflict"
    };
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
        new PublishedMarks(text, page.theme(), u).dot(g, x + 14 * u, cy, i == 3);
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

  private Path2D.Double line(
      Rectangle2D box, AreaChart.Axis y, ToDoubleFunction<SeriesOp.Point> value) {
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
