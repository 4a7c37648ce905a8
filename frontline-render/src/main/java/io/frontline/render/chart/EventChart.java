package io.frontline.render.chart;

import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Conflict events per month for one actor, as paired columns: the events inside its ground and those on its front
 * lines. Only month-precise counts are drawn: a year-precise event is in no month (the subtitle says how many).
 */
public record EventChart(ChartPage page, Color colour, List<Month> months) {
  public EventChart {
    months = List.copyOf(months);
    if (months.isEmpty()) {
      throw new IllegalArgumentException("an event chart needs at least one month");
    }
  }

  /** One month's counts: {@code label} such as "2015-03". */
  public record Month(String label, int inside, int front) {}

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    MapLanguage l = page.language();
    float size = (float) (14 * u);
    Color frontColour = page.theme().mutedText();
    legend(g, text, l, plot, size, frontColour);
    double left = plot.getX() + 60 * u;
    double bottom = plot.getMaxY() - 30 * u;
    double top = plot.getY() + 40 * u;
    double max = Math.max(
        1, months.stream().mapToInt(m -> Math.max(m.inside(), m.front())).max().orElse(1));
    double slot = (plot.getMaxX() - left) / months.size();
    g.setColor(page.theme().frame());
    g.setStroke(new BasicStroke((float) u));
    g.draw(new Line2D.Double(left, bottom, plot.getMaxX(), bottom));
    text.draw(
        g,
        l.count(Math.round(max)),
        false,
        size,
        plot.getX(),
        top + size,
        page.theme().mutedText(),
        null,
        0);
    text.draw(g, "0", false, size, plot.getX(), bottom, page.theme().mutedText(), null, 0);
    int every = Math.max(1, (int) Math.ceil(months.size() / 12.0));
    for (int i = 0; i < months.size(); i++) {
      Month m = months.get(i);
      double x = left + i * slot;
      column(g, x + slot * 0.1, slot * 0.4, bottom, (bottom - top) * m.inside() / max, colour);
      column(g, x + slot * 0.5, slot * 0.4, bottom, (bottom - top) * m.front() / max, frontColour);
      if (i % every == 0) {
        text.draw(g, m.label(), false, size, x, bottom + 20 * u, page.theme().text(), null, 0);
      }
    }
  }

  private void legend(
      Graphics2D g, TextPainter text, MapLanguage l, Rectangle2D plot, double size, Color front) {
    double u = page.unit();
    double x = plot.getX() + 60 * u;
    double y = plot.getY() + 14 * u;
    for (Object[] entry : new Object[][] {
      {l.text("chart.events.inside"), colour}, {l.text("chart.events.front"), front}
    }) {
      g.setColor((Color) entry[1]);
      g.fill(new Rectangle2D.Double(x, y - size * 0.8, size, size));
      text.draw(
          g,
          (String) entry[0],
          false,
          (float) size,
          x + size * 1.5,
          y,
          page.theme().text(),
          null,
          0);
      x += size * 1.5 + text.measure((String) entry[0], false, (float) size).width() + 30 * u;
    }
  }

  private static void column(
      Graphics2D g, double x, double w, double bottom, double h, Color colour) {
    if (h <= 0) {
      return;
    }
    g.setColor(colour);
    g.fill(new Rectangle2D.Double(x, bottom - h, Math.max(1, w), h));
  }
}
