package io.frontline.render.text;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jfree.svg.SVGHints;

/**
 * Measures and draws text in the bundled fonts, bidi-ordered and shaped by Java2D's TextLayout. For raster and PDF
 * output text is drawn as outlines (with a halo stroked under the fill); for SVG it is written as {@code <text>}
 * elements in logical order, with the halo as an SVG stroke painted under the fill, so the words stay searchable.
 */
public final class TextPainter {
  /** How text reaches the output. */
  public enum Mode {
    OUTLINES,
    SVG_TEXT
  }

  /** A measured text: advance width, ascent and descent in pixels. */
  public record Metrics(double width, double ascent, double descent) {
    public double height() {
      return ascent + descent;
    }
  }

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final int MAX_CACHED = 20_000;
  private static final TextPainter OUTLINES = new TextPainter(Mode.OUTLINES);
  private static final TextPainter SVG = new TextPainter(Mode.SVG_TEXT);
  private final Mode mode;
  private final Map<String, TextLayout> layouts = new ConcurrentHashMap<>();

  public TextPainter(Mode mode) {
    this.mode = mode;
  }

  /** The painter of a mode shared by all renders, so laid-out text is reused between maps and frames. */
  public static TextPainter shared(Mode mode) {
    return mode == Mode.OUTLINES ? OUTLINES : SVG;
  }

  public Mode mode() {
    return mode;
  }

  public Metrics measure(String text, boolean bold, float size) {
    return measure(text, bold, size, 0);
  }

  /** Measures text set with extra letter spacing ({@code tracking}, a fraction of the size; ignored for Arabic). */
  public Metrics measure(String text, boolean bold, float size, float tracking) {
    if (text.isEmpty()) {
      return new Metrics(0, size * 0.75, size * 0.25);
    }
    TextLayout layout = layout(text, bold, size, tracking);
    return new Metrics(layout.getAdvance(), layout.getAscent(), layout.getDescent());
  }

  /** Draws text with its left edge at {@code x} and baseline at {@code baseline}; no halo when halo is null. */
  public void draw(
      Graphics2D g,
      String text,
      boolean bold,
      float size,
      double x,
      double baseline,
      Color fill,
      Color halo,
      float haloPx) {
    draw(g, text, bold, size, 0, x, baseline, fill, halo, haloPx);
  }

  /** Draws text with extra letter spacing (a fraction of the size; Arabic is never spaced, it would break joins). */
  public void draw(
      Graphics2D g,
      String text,
      boolean bold,
      float size,
      float tracking,
      double x,
      double baseline,
      Color fill,
      Color halo,
      float haloPx) {
    if (text.isEmpty()) {
      return;
    }
    float t = Fonts.hasArabic(text) ? 0 : tracking;
    if (mode == Mode.SVG_TEXT) {
      drawSvg(g, text, bold, size, t, x, baseline, fill, halo, haloPx);
      return;
    }
    Shape outline =
        layout(text, bold, size, t).getOutline(AffineTransform.getTranslateInstance(x, baseline));
    if (halo != null && haloPx > 0) {
      g.setColor(halo);
      g.setStroke(new BasicStroke(haloPx * 2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.draw(outline);
    }
    g.setColor(fill);
    g.fill(outline);
  }

  /** Draws text centred on {@code cx}. */
  public void drawCentred(
      Graphics2D g,
      String text,
      boolean bold,
      float size,
      double cx,
      double baseline,
      Color fill,
      Color halo,
      float haloPx) {
    draw(
        g,
        text,
        bold,
        size,
        cx - measure(text, bold, size).width() / 2,
        baseline,
        fill,
        halo,
        haloPx);
  }

  private void drawSvg(
      Graphics2D g,
      String text,
      boolean bold,
      float size,
      float tracking,
      double x,
      double baseline,
      Color fill,
      Color halo,
      float haloPx) {
    Map<String, String> attributes = new LinkedHashMap<>();
    if (halo != null && haloPx > 0) {
      attributes.put("stroke", hex(halo));
      attributes.put("stroke-width", String.valueOf(haloPx * 2));
      attributes.put("stroke-linejoin", "round");
      attributes.put("paint-order", "stroke");
    }
    if (tracking > 0) {
      attributes.put("letter-spacing", String.valueOf(tracking * size));
    }
    boolean grouped = !attributes.isEmpty();
    if (grouped) {
      g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, attributes);
    }
    g.setFont(Fonts.forText(text, bold, size));
    g.setColor(fill);
    g.drawString(text, (float) x, (float) baseline);
    if (grouped) {
      g.setRenderingHint(SVGHints.KEY_END_GROUP, "true");
    }
  }

  private TextLayout layout(String text, boolean bold, float size, float tracking) {
    if (layouts.size() > MAX_CACHED) {
      layouts.clear();
    }
    return layouts.computeIfAbsent(
        (bold ? "b" : "r") + size + "|" + tracking + "|" + text,
        k -> new TextLayout(Fonts.runs(text, bold, size, tracking).getIterator(), FRC));
  }

  /** Greedy word wrap of a paragraph to a width. */
  public java.util.List<String> wrap(String paragraph, double width, float size) {
    java.util.List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (!line.isEmpty() && measure(candidate, false, size).width() > width) {
        lines.add(line.toString());
        line = new StringBuilder(word);
      } else {
        line = new StringBuilder(candidate);
      }
    }
    if (!line.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** A colour as #rrggbb. */
  public static String hex(Color c) {
    return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
