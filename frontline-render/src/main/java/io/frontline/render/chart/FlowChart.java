package io.frontline.render.chart;

import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Where an actor's ground went between two dates, Sankey-style: the ground it held on the first date on the left,
 * split into ribbons to what it kept and to each party that held it on the second date, widths proportional to km².
 */
public record FlowChart(ChartPage page, String actorLabel, Color actorColour, List<Flow> flows) {
  public FlowChart {
    flows = List.copyOf(flows);
    if (flows.isEmpty() || total(flows) <= 0) {
      throw new IllegalArgumentException(
          "a flow chart needs ground to follow; the actor held none on the first date");
    }
  }

  /** Ground that went one way: to the actor itself ("kept") or to another party. */
  public record Flow(String label, Color colour, double area_km2) {}

  private static double total(List<Flow> flows) {
    return flows.stream().mapToDouble(Flow::area_km2).sum();
  }

  public void paint(Graphics2D g, TextPainter text) {
    Rectangle2D plot = page.paint(g, text);
    double u = page.unit();
    MapLanguage l = page.language();
    double gap = 16 * u;
    double usable = plot.getHeight() - 20 * u - gap * (flows.size() - 1);
    double scale = usable / total(flows);
    double barW = 26 * u;
    double leftX = plot.getX() + plot.getWidth() * 0.24;
    double rightX = plot.getMaxX() - plot.getWidth() * 0.30;
    double leftTop = plot.getY() + 10 * u + gap * (flows.size() - 1) / 2.0;
    g.setColor(actorColour);
    g.fill(new Rectangle2D.Double(leftX - barW, leftTop, barW, usable));
    float size = (float) (17 * u);
    label(
        g,
        text,
        actorLabel,
        l.approximateArea(total(flows)),
        leftX - barW - 12 * u,
        leftTop + usable / 2,
        size,
        true);
    double ly = leftTop;
    double ry = plot.getY() + 10 * u;
    for (Flow f : flows) {
      double h = f.area_km2() * scale;
      g.setColor(
          new Color(f.colour().getRed(), f.colour().getGreen(), f.colour().getBlue(), 120));
      g.fill(ribbon(leftX, ly, rightX, ry, h));
      g.setColor(f.colour());
      g.fill(new Rectangle2D.Double(rightX, ry, barW, Math.max(1.5 * u, h)));
      label(
          g,
          text,
          f.label(),
          l.approximateArea(f.area_km2()),
          rightX + barW + 12 * u,
          ry + h / 2,
          size,
          false);
      ly += h;
      ry += h + gap;
    }
  }

  private static Path2D.Double ribbon(double x0, double y0, double x1, double y1, double h) {
    double mid = (x0 + x1) / 2;
    Path2D.Double p = new Path2D.Double();
    p.moveTo(x0, y0);
    p.curveTo(mid, y0, mid, y1, x1, y1);
    p.lineTo(x1, y1 + h);
    p.curveTo(mid, y1 + h, mid, y0 + h, x0, y0 + h);
    p.closePath();
    return p;
  }

  /** A name and its area, two lines centred on {@code cy}; right-aligned to {@code x} when {@code alignRight}. */
  private void label(
      Graphics2D g,
      TextPainter text,
      String name,
      String value,
      double x,
      double cy,
      float size,
      boolean alignRight) {
    double nameW = text.measure(name, true, size).width();
    double valueW = text.measure(value, false, size).width();
    text.draw(
        g,
        name,
        true,
        size,
        alignRight ? x - nameW : x,
        cy - size * 0.15,
        page.theme().text(),
        null,
        0);
    text.draw(
        g,
        value,
        false,
        size,
        alignRight ? x - valueW : x,
        cy + size * 1.1,
        page.theme().mutedText(),
        null,
        0);
  }
}
