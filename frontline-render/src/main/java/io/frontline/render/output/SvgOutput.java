package io.frontline.render.output;

import io.frontline.render.text.Fonts;
import io.frontline.render.text.TextPainter;
import java.util.Map;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders a drawing to an SVG document (JFreeSVG): shapes as paths, text as {@code <text>} in the bundled font
 * families, the title as {@code <title>} and the provenance as {@code <metadata>} entries.
 */
public final class SvgOutput {
  public static final String NAMESPACE = "urn:frontline:provenance";

  private SvgOutput() {}

  public static String render(
      PageSize page, Drawing drawing, String title, Map<String, String> metadata) {
    SVGGraphics2D g = new SVGGraphics2D(page.width_px(), page.height_px());
    g.setGeomDoubleConverter(SvgOutput::coordinate);
    g.setFontFunction(family -> family.equals(Fonts.ARABIC)
        ? quoted(Fonts.ARABIC, Fonts.LATIN)
        : quoted(Fonts.LATIN, Fonts.ARABIC));
    drawing.paint(g, TextPainter.shared(TextPainter.Mode.SVG_TEXT));
    String svg = g.getSVGElement("frontline-map");
    int open = svg.indexOf('>') + 1;
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.substring(0, open) + "<title>"
        + escape(title) + "</title>" + metadata(metadata) + svg.substring(open) + "\n";
  }

  /**
   * A path coordinate to a tenth of a pixel, which no reader sees, instead of JFreeSVG's full float precision: the
   * basemap's long paths take a third of the space.
   */
  static String coordinate(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0
        ? Long.toString(tenths / 10)
        : java.math.BigDecimal.valueOf(tenths, 1).toPlainString();
  }

  /** Font families for a style attribute that JFreeSVG delimits with single quotes: names in double quotes. */
  private static String quoted(String first, String second) {
    return "\"" + first + "\", \"" + second + "\", sans-serif";
  }

  private static String metadata(Map<String, String> entries) {
    StringBuilder sb =
        new StringBuilder("<metadata><frontline:provenance xmlns:frontline=\"" + NAMESPACE + "\">");
    entries.forEach((k, v) -> sb.append("<frontline:entry key=\"")
        .append(escape(k))
        .append("\">")
        .append(escape(v == null ? "" : v))
        .append("</frontline:entry>"));
    return sb.append("</frontline:provenance></metadata>").toString();
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
