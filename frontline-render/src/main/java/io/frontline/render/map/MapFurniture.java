package io.frontline.render.map;

import io.frontline.render.geo.ScaleBar;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The scale bar, the north arrow and the notice shown on a panel before the data starts. */
final class MapFurniture {
  private final TextPainter text;
  private final Theme theme;
  private final double u;
  private final MapLanguage language;

  MapFurniture(TextPainter text, Theme theme, double u, MapLanguage language) {
    this.text = text;
    this.theme = theme;
    this.u = u;
    this.language = language;
  }

  void scaleBar(Graphics2D g, ScaleBar bar, Rectangle2D box) {
    panel(g, box);
    double x = box.getX() + 10 * u;
    double y = box.getCenterY();
    double half = bar.lengthPx() / 2;
    double h = 6 * u;
    g.setColor(theme.text());
    g.fill(new Rectangle2D.Double(x, y - h / 2, half, h));
    g.setColor(theme.halo());
    g.fill(new Rectangle2D.Double(x + half, y - h / 2, half, h));
    g.setColor(theme.text());
    g.setStroke(new BasicStroke((float) (1.2 * u)));
    g.draw(new Rectangle2D.Double(x, y - h / 2, bar.lengthPx(), h));
    String label = language.count(Math.round(bar.km())) + " " + language.text("unit.km");
    float size = (float) (14 * u);
    TextPainter.Metrics m = text.measure(label, false, size);
    text.draw(
        g,
        label,
        false,
        size,
        x + bar.lengthPx() + 8 * u,
        y + m.ascent() / 2 - m.descent() / 2,
        theme.text(),
        null,
        0);
  }

  void northArrow(Graphics2D g, MapPlan.NorthArrow north) {
    AffineTransform saved = g.getTransform();
    g.translate(north.x(), north.y());
    g.rotate(Math.toRadians(north.angleDeg()));
    Path2D.Double left = new Path2D.Double();
    left.moveTo(0, -22 * u);
    left.lineTo(-8 * u, 10 * u);
    left.lineTo(0, 5 * u);
    left.closePath();
    Path2D.Double right = new Path2D.Double();
    right.moveTo(0, -22 * u);
    right.lineTo(8 * u, 10 * u);
    right.lineTo(0, 5 * u);
    right.closePath();
    g.setStroke(new BasicStroke((float) (1.2 * u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(theme.text());
    g.fill(left);
    g.setColor(theme.halo());
    g.fill(right);
    g.setColor(theme.text());
    g.draw(left);
    g.draw(right);
    text.drawCentred(
        g,
        language.text("north"),
        true,
        (float) (14 * u),
        0,
        -27 * u,
        theme.text(),
        theme.halo(),
        (float) (2 * u));
    g.setTransform(saved);
  }

  /** A boxed notice in the middle of the panel, for dates before the data. */
  void notice(Graphics2D g, String message, double width, double height) {
    float size = (float) (20 * u);
    TextPainter.Metrics m = text.measure(message, true, size);
    Rectangle2D box = new Rectangle2D.Double(
        (width - m.width()) / 2 - 16 * u,
        height / 2 - m.height() / 2 - 12 * u,
        m.width() + 32 * u,
        m.height() + 24 * u);
    panel(g, box);
    text.draw(
        g,
        message,
        true,
        size,
        (width - m.width()) / 2,
        height / 2 - m.height() / 2 + m.ascent(),
        theme.text(),
        null,
        0);
  }

  private void panel(Graphics2D g, Rectangle2D box) {
    Color bg = theme.halo();
    g.setColor(new Color(bg.getRed(), bg.getGreen(), bg.getBlue(), 215));
    g.fill(new RoundRectangle2D.Double(
        box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6 * u, 6 * u));
  }
}
