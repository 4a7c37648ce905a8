package io.frontline.render.chart;

import io.frontline.figures.SeriesOp;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Area and population held over time, one line per actor (the chosen one black and thicker) over a pale band of its
 * low-high range where the figures give one, with the named changes (captures and losses of cities) marked on the
 * chosen actor's area line.
 */
public record AreaChart(ChartPage page, List<Series> series, List<Event> events, Optional<String> focus) {
  public AreaChart {
    series = List.copyOf(series);
    events = List.copyOf(events);
    if (series.isEmpty() || series.get(0).points().size() < 2) {
      throw new IllegalArgumentException("an area chart needs at least one series of two or more days");
    }
  }

  /** One actor's daily figures. */
  public record Series(String actorId, String label, Color colour, List<SeriesOp.Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /** A named change on a date ("Mosul captured"). */
  public record Event(LocalDate date, String label) {
  }

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    double legendH = legend(g, text, plot);
    double gap = 46 * u;
    double areaH = (plot.getHeight() - legendH - gap) * 0.66;
    Rectangle2D top = new Rectangle2D.Double(plot.getX() + 70 * u, plot.getY() + legendH, plot.getWidth() - 80 * u,
        areaH - 24 * u);
    Rectangle2D bottom = new Rectangle2D.Double(top.getX(), top.getMaxY() + gap, top.getWidth(),
        plot.getMaxY() - top.getMaxY() - gap - 24 * u);
    MapLanguage l = page.language();
    panel(g, text, top, new Measure(SeriesOp.Point::area_km2, SeriesOp.Point::area_low_km2,
        SeriesOp.Point::area_high_km2), l.text("chart.area.title") + " (" + l.text("chart.area.axis") + ")");
    panel(g, text, bottom, new Measure(p -> p.population(), p -> p.population_low(), p -> p.population_high()),
        l.text("chart.population.title"));
    new EventLabels(text, page.theme(), u).paint(g, top, events, focusSeries(), this::x, yScale(top,
        p -> Math.max(p.area_km2(), p.area_high_km2())));
  }

  private Optional<Series> focusSeries() {
    return focus.flatMap(f -> series.stream().filter(s -> s.actorId().equals(f)).findFirst());
  }

  private double legend(Graphics2D g, TextPainter text, Rectangle2D plot) {
    double u = page.unit();
    float size = (float) (16 * u);
    double x = plot.getX();
    double y = plot.getY();
    for (Series s : series) {
      double w = 30 * u + 8 * u + text.measure(s.label(), false, size).width() + 26 * u;
      if (x + w > plot.getMaxX()) {
        x = plot.getX();
        y += size * 1.8;
      }
      g.setColor(s.colour());
      g.setStroke(new BasicStroke((float) (isFocus(s) ? 4 * u : 2.5 * u)));
      g.draw(new Line2D.Double(x, y + size * 0.6, x + 30 * u, y + size * 0.6));
      text.draw(g, s.label(), false, size, x + 38 * u, y + size * 0.95, page.theme().text(), null, 0);
      x += w;
    }
    return y - plot.getY() + size * 2.4 + 26 * u;
  }

  private boolean isFocus(Series s) {
    return focus.map(s.actorId()::equals).orElse(false);
  }

  /** A figure of the series and its low and high values. */
  private record Measure(ToDoubleFunction<SeriesOp.Point> value, ToDoubleFunction<SeriesOp.Point> low,
      ToDoubleFunction<SeriesOp.Point> high) {
  }

  private void panel(Graphics2D g, TextPainter text, Rectangle2D box, Measure m, String axisTitle) {
    ToDoubleFunction<SeriesOp.Point> value = m.value();
    Axis y = yScale(box, p -> Math.max(m.value().applyAsDouble(p), m.high().applyAsDouble(p)));
    double u = page.unit();
    new ChartAxes(text, page.theme(), page.language(), u).paint(g, box, y, first(), last(), this::x, axisTitle);
    for (Series s : series) {
      band(s, box, y, m).ifPresent(band -> {
        g.setColor(new Color(s.colour().getRed(), s.colour().getGreen(), s.colour().getBlue(), 46));
        g.fill(band);
      });
    }
    for (int pass = 0; pass < 2; pass++) {
      for (Series s : series) {
        if (isFocus(s) == (pass == 1)) {
          g.setColor(s.colour());
          g.setStroke(new BasicStroke((float) ((isFocus(s) ? 3.6 : 2.2) * u), BasicStroke.CAP_ROUND,
              BasicStroke.JOIN_ROUND));
          g.draw(line(s, box, y, value));
        }
      }
    }
  }

  private Path2D.Double line(Series s, Rectangle2D box, Axis y, ToDoubleFunction<SeriesOp.Point> value) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < s.points().size(); i++) {
      SeriesOp.Point p = s.points().get(i);
      double px = x(box, p.date());
      double py = y.pixel(value.applyAsDouble(p));
      if (i == 0) {
        path.moveTo(px, py);
      } else {
        path.lineTo(px, py);
      }
    }
    return path;
  }

  /** The band between a series' low and high values; empty where they never differ (figures of one value). */
  private Optional<Path2D.Double> band(Series s, Rectangle2D box, Axis y, Measure m) {
    List<SeriesOp.Point> points = s.points();
    if (points.stream().noneMatch(p -> m.high().applyAsDouble(p) > m.low().applyAsDouble(p))) {
      return Optional.empty();
    }
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < points.size(); i++) {
      SeriesOp.Point p = points.get(i);
      double py = y.pixel(m.high().applyAsDouble(p));
      if (i == 0) {
        path.moveTo(x(box, p.date()), py);
      } else {
        path.lineTo(x(box, p.date()), py);
      }
    }
    for (int i = points.size() - 1; i >= 0; i--) {
      SeriesOp.Point p = points.get(i);
      path.lineTo(x(box, p.date()), y.pixel(m.low().applyAsDouble(p)));
    }
    path.closePath();
    return Optional.of(path);
  }

  Axis yScale(Rectangle2D box, ToDoubleFunction<SeriesOp.Point> value) {
    double max = series.stream().flatMap(s -> s.points().stream()).mapToDouble(value).max().orElse(1);
    List<Double> ticks = Ticks.upTo(max, 5);
    return new Axis(box, ticks);
  }

  double x(Rectangle2D box, LocalDate date) {
    double span = ChronoUnit.DAYS.between(first(), last());
    return box.getX() + box.getWidth() * ChronoUnit.DAYS.between(first(), date) / Math.max(1, span);
  }

  private LocalDate first() {
    return series.get(0).points().get(0).date();
  }

  private LocalDate last() {
    List<SeriesOp.Point> p = series.get(0).points();
    return p.get(p.size() - 1).date();
  }

  /** A vertical scale: ticks from 0 to the top tick over the box's height. */
  record Axis(Rectangle2D box, List<Double> ticks) {
    double top() {
      return ticks.get(ticks.size() - 1);
    }

    double pixel(double v) {
      return box.getMaxY() - box.getHeight() * v / top();
    }
  }

  static List<Event> sorted(List<Event> events) {
    List<Event> out = new ArrayList<>(events);
    out.sort((a, b) -> a.date().compareTo(b.date()));
    return out;
  }
}
