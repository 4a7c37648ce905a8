package io.frontline.render.chart;

import io.frontline.render.map.Theme;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * The frame every chart shares: page background, title and subtitle at the top, credits at the bottom, and the plot
 * area in between. Sizes scale with the page like the maps'.
 */
public record ChartPage(
    PageSize page,
    Theme theme,
    MapLanguage language,
    String title,
    String subtitle,
    List<String> credits) {
  public ChartPage {
    credits = List.copyOf(credits);
  }

  /** The credits of a chart: the method and its counts, then the record state, wrapped to the page. */
  public static List<String> credits(
      PageSize page,
      MapLanguage l,
      io.frontline.render.output.Provenance p,
      double zoneRadius_km,
      java.util.Optional<String> extra) {
    TextPainter measure = TextPainter.shared(TextPainter.Mode.OUTLINES);
    float size = (float) (13.5 * page.unit());
    double width = page.width_px() - 80 * page.unit();
    String text = l.text(
            "credit.method",
            l.count(p.observations()),
            l.count(p.sources()),
            l.count(Math.round(zoneRadius_km)))
        + " " + l.text("credit.asof", p.asRecorded(), l.count(p.storeRevision()))
        + extra.map(e -> " " + e).orElse("");
    return measure.wrap(text, width, size);
  }

  public double unit() {
    return page.unit();
  }

  /** Draws the frame and returns the plot area. */
  public Rectangle2D paint(Graphics2D g, TextPainter text) {
    double u = unit();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setColor(theme.page());
    g.fill(new Rectangle2D.Double(0, 0, page.width_px(), page.height_px()));
    double margin = 40 * u;
    double right = page.width_px() - margin;
    line(g, text, title, true, (float) (34 * u), margin, right, margin + 34 * u, theme.text());
    line(
        g,
        text,
        subtitle,
        false,
        (float) (20 * u),
        margin,
        right,
        margin + 34 * u + 32 * u,
        theme.mutedText());
    float creditSize = (float) (13.5 * u);
    double y = page.height_px() - margin - (credits.size() - 1) * creditSize * 1.45;
    for (String c : credits) {
      line(g, text, c, false, creditSize, margin, right, y, theme.mutedText());
      y += creditSize * 1.45;
    }
    double top = margin + 34 * u + 32 * u + 36 * u;
    double bottom = page.height_px() - margin - credits.size() * creditSize * 1.45 - 16 * u;
    return new Rectangle2D.Double(margin, top, right - margin, bottom - top);
  }

  /** One line, left-aligned (right-aligned for a right-to-left language). */
  public void line(
      Graphics2D g,
      TextPainter text,
      String s,
      boolean bold,
      float size,
      double left,
      double right,
      double baseline,
      java.awt.Color colour) {
    double x = language.rightToLeft() ? right - text.measure(s, bold, size).width() : left;
    text.draw(g, s, bold, size, x, baseline, colour, null, 0);
  }
}
