package io.frontline.render.chart;

import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** The figures per party on a date as horizontal bars: area held and population under control, side by side. */
public record BarChart(ChartPage page, List<Bar> bars) {
  public BarChart {
    bars = List.copyOf(bars);
    if (bars.isEmpty()) {
      throw new IllegalArgumentException("a bar chart needs at least one party with ground");
    }
  }

  /** One party's figures. */
  public record Bar(String label, Color colour, double area_km2, long population) {}

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    MapLanguage l = page.language();
    float size = (float) (16 * u);
    double nameW = bars.stream()
        .mapToDouble(b -> text.measure(b.label(), false, size).width())
        .max()
        .orElse(0);
    double left = plot.getX() + nameW + 16 * u;
    double colW = (plot.getMaxX() - left - 40 * u) / 2;
    double rowH = Math.min(84 * u, (plot.getHeight() - 40 * u) / bars.size());
    double top = plot.getY() + 34 * u;
    text.draw(
        g,
        l.text("chart.bars.area"),
        true,
        size,
        left,
        top - 14 * u,
        page.theme().text(),
        null,
        0);
    text.draw(
        g,
        l.text("chart.bars.population"),
        true,
        size,
        left + colW + 40 * u,
        top - 14 * u,
        page.theme().text(),
        null,
        0);
    double maxArea = bars.stream().mapToDouble(Bar::area_km2).max().orElse(1);
    double maxPop = bars.stream().mapToDouble(Bar::population).max().orElse(1);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * rowH;
      text.draw(
          g,
          b.label(),
          false,
          size,
          left - 16 * u - text.measure(b.label(), false, size).width(),
          y + rowH * 0.5 + size * 0.35,
          page.theme().text(),
          null,
          0);
      bar(
          g,
          text,
          b,
          Bar::area_km2,
          maxArea,
          left,
          y,
          colW,
          rowH,
          l.count(Math.round(b.area_km2())) + " " + l.text("unit.km") + "²");
      bar(
          g,
          text,
          b,
          x -> x.population(),
          maxPop,
          left + colW + 40 * u,
          y,
          colW,
          rowH,
          l.count(b.population()));
    }
  }

  private void bar(
      Graphics2D g,
      TextPainter text,
      Bar b,
      ToDoubleFunction<Bar> value,
      double max,
      double x,
      double y,
      double colW,
      double rowH,
      String label) {
    double u = page.unit();
    float size = (float) (14 * u);
    double valueW = text.measure(label, false, size).width();
    double w = (colW - valueW - 10 * u) * value.applyAsDouble(b) / Math.max(1, max);
    g.setColor(b.colour());
    g.fill(new Rectangle2D.Double(x, y + rowH * 0.18, Math.max(1, w), rowH * 0.64));
    text.draw(
        g,
        label,
        false,
        size,
        x + w + 8 * u,
        y + rowH * 0.5 + size * 0.35,
        page.theme().mutedText(),
        null,
        0);
  }
}
