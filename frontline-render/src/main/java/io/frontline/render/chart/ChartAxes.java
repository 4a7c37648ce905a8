package io.frontline.render.chart;

import io.frontline.render.map.Theme;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.function.BiFunction;

/** Gridlines, value labels and year ticks of a time chart. */
final class ChartAxes {
  private final TextPainter text;
  private final Theme theme;
  private final MapLanguage language;
  private final double u;

  ChartAxes(TextPainter text, Theme theme, MapLanguage language, double u) {
    this.text = text;
    this.theme = theme;
    this.language = language;
    this.u = u;
  }

  void paint(
      Graphics2D g,
      Rectangle2D box,
      AreaChart.Axis y,
      LocalDate first,
      LocalDate last,
      BiFunction<Rectangle2D, LocalDate, Double> x,
      String title) {
    float size = (float) (14 * u);
    g.setStroke(new BasicStroke((float) (0.8 * u)));
    for (double t : y.ticks()) {
      double py = y.pixel(t);
      g.setColor(t == 0 ? theme.border() : theme.admin1());
      g.draw(new Line2D.Double(box.getX(), py, box.getMaxX(), py));
      String label = compact(t);
      text.draw(
          g,
          label,
          false,
          size,
          box.getX() - 10 * u - text.measure(label, false, size).width(),
          py + size * 0.35,
          theme.mutedText(),
          null,
          0);
    }
    text.draw(
        g, title, true, (float) (15 * u), box.getX(), box.getY() - 12 * u, theme.text(), null, 0);
    for (int year = first.getYear() + 1; year <= last.getYear(); year++) {
      double px = x.apply(box, LocalDate.of(year, 1, 1));
      g.setColor(theme.admin1());
      g.draw(new Line2D.Double(px, box.getY(), px, box.getMaxY() + 6 * u));
      String label = language.count(year).replaceAll("[^\\p{Nd}]", "");
      text.drawCentred(
          g,
          label,
          false,
          size,
          px,
          box.getMaxY() + 6 * u + size * 1.1,
          theme.mutedText(),
          null,
          0);
    }
  }

  /** 12,000 / 3.5 M: numbers short enough for an axis, in the language's digits and separators. */
  private String compact(double v) {
    if (v >= 1_000_000) {
      double m = v / 1_000_000;
      return (m == Math.rint(m)
              ? language.count(Math.round(m))
              : java.text.NumberFormat.getNumberInstance(language.locale()).format(m))
          + " M";
    }
    return language.count(Math.round(v));
  }
}
