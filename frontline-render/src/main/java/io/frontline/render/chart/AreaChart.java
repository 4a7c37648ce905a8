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
 * Area and population held over time, one line per actor (the chosen one black and thicker) over the shaded low-high
 * range of its figures, with the named changes (captures and losses of cities) marked on the chosen actor's area line.
 */
public record AreaChart(
    ChartPage page,
    List<Series> series,
    List<Event> events,
    Optional<String> focus,
    Published published) {
  public AreaChart {
    series = List.copyOf(series);
    events = List.copyOf(events);
    if (series.isEmpty() || series.get(0).points().size() < 2) {
      throw new IllegalArgumentException(
          "an area chart needs at least one series of two or more days");
    }
  }

  public AreaChart(
      ChartPage page, List<Series> series, List<Event> events, Optional<String> focus) {
    this(page, series, events, focus, Published.NONE);
  }

  /** Figures others published, marked on the area and the population panel. */
  public record Published(
      List<CalibrationChart.Mark> area, List<CalibrationChart.Mark> population) {
    public static final Published NONE = new Published(List.of(), List.of());

    public Published {
      area = List.copyOf(area);
      population = List.copyOf(population);
    }
  }

  /** One actor's daily figures. */
  public record Series(String actorId, String label, Color colour, List<SeriesOp.Point> points) {
    public Series {
      points = List.copyOf(points);
    }
  }

  /** A named change on a date ("Mosul captured"). */
  public record Event(LocalDate date, String label) {}

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    double legendH = legend(g, text, plot);
    double gap = 46 * u;
    double areaH = (plot.getHeight() - legendH - gap) * 0.66;
    Rectangle2D top = new Rectangle2D.Double(
        plot.getX() + 70 * u, plot.getY() + legendH, plot.getWidth() - 80 * u, areaH - 24 * u);
    Rectangle2D bottom = new Rectangle2D.Double(
        top.getX(),
        top.getMaxY() + gap,
        top.getWidth(),
        plot.getMaxY() - top.getMaxY() - gap - 24 * u);
    MapLanguage l = page.language();
    panel(
        g,
        text,
        top,
        CalibrationChart.Panel.AREA,
        l.text("chart.area.title") + " (" + l.text("chart.area.axis") + ")");
    panel(g, text, bottom, CalibrationChart.Panel.POPULATION, l.text("chart.population.title"));
    new EventLabels(text, page.theme(), u)
        .paint(g, top, events, focusSeries(), this::x, yScale(top, CalibrationChart.Panel.AREA));
    PublishedMarks marks = new PublishedMarks(text, page.theme(), u);
    marks.paint(
        g, top, inRange(published.area()), this::x, yScale(top, CalibrationChart.Panel.AREA));
    marks.paint(
        g,
        bottom,
        inRange(published.population()),
        this::x,
        yScale(bottom, CalibrationChart.Panel.POPULATION));
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
      text.draw(
          g, s.label(), false, size, x + 38 * u, y + size * 0.95, page.theme().text(), null, 0);
      x += w;
    }
    return y - plot.getY() + size * 2.4 + 26 * u;
  }

  private boolean isFocus(Series s) {
    return focus.map(s.actorId()::equals).orElse(false);
  }

  private void panel(
      Graphics2D g,
      TextPainter text,
      Rectangle2D box,
      CalibrationChart.Panel band,
      String axisTitle) {
    ToDoubleFunction<SeriesOp.Point> value = band.value;
    Axis y = yScale(box, band);
    double u = page.unit();
    new ChartAxes(text, page.theme(), page.language(), u)
        .paint(g, box, y, first(), last(), this::x, axisTitle);
    for (Series s : series) {
      Color c = s.colour();
      g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), isFocus(s) ? 56 : 36));
      g.fill(band(s, box, y, band));
    }
    for (int pass = 0; pass < 2; pass++) {
      for (Series s : series) {
        if (isFocus(s) == (pass == 1)) {
          g.setColor(s.colour());
          g.setStroke(new BasicStroke(
              (float) ((isFocus(s) ? 3.6 : 2.2) * u),
              BasicStroke.CAP_ROUND,
              BasicStroke.JOIN_ROUND));
          g.draw(line(s, box, y, value));
        }
      }
    }
  }

  private Path2D.Double line(
      Series s, Rectangle2D box, Axis y, ToDoubleFunction<SeriesOp.Point> value) {
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

  /** The low-high range of a series as a closed shape: along the high ends, back along the low ends. */
  private Path2D.Double band(Series s, Rectangle2D box, Axis y, CalibrationChart.Panel band) {
    Path2D.Double path = line(s, box, y, band.high);
    List<SeriesOp.Point> p = s.points();
    for (int i = p.size() - 1; i >= 0; i--) {
      path.lineTo(x(box, p.get(i).date()), y.pixel(band.low.applyAsDouble(p.get(i))));
    }
    path.closePath();
    return path;
  }

  /** The published marks within the chart's dates. */
  private List<CalibrationChart.Mark> inRange(List<CalibrationChart.Mark> marks) {
    return marks.stream()
        .filter(m -> !m.date().isBefore(first()) && !m.date().isAfter(last()))
        .toList();
  }

  /** A panel's scale: up to the highest end of any range or published mark. */
  private Axis yScale(Rectangle2D box, CalibrationChart.Panel band) {
    List<CalibrationChart.Mark> marks =
        inRange(band == CalibrationChart.Panel.AREA ? published.area() : published.population());
    return yScale(
        box,
        band.high,
        marks.stream().mapToDouble(CalibrationChart.Mark::value).max().orElse(0));
  }

  Axis yScale(Rectangle2D box, ToDoubleFunction<SeriesOp.Point> value, double atLeast) {
    double max = Math.max(
        atLeast,
        series.stream()
            .flatMap(s -> s.points().stream())
            .mapToDouble(value)
            .max()
            .orElse(1));
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
