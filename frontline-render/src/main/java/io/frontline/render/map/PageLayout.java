package io.frontline.render.map;

import io.frontline.render.output.PageSize;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things go on a map page: the title block at the top, the panels in a grid (chosen so the maps are as large as
 * the page allows), a caption under each panel, then the legend and the credits at the bottom. All sizes scale with
 * the page's unit; every panel has the same size, so every panel shows the same extent at the same scale.
 */
public record PageLayout(
    double unit,
    double margin,
    Rectangle2D title,
    List<Rectangle2D> panels,
    int columns,
    double captionHeight,
    Rectangle2D legend,
    Rectangle2D credits,
    Rectangle2D side) {

  public PageLayout {
    panels = List.copyOf(panels);
  }

  /** Text sizes in pixels at unit 1 (a 1600 x 1200 page). */
  public static final float TITLE = 36;

  public static final float SUBTITLE = 21;
  public static final float CAPTION_DATE = 21;
  public static final float CAPTION = 19;
  public static final float LEGEND = 16;
  public static final float CREDIT = 13.5f;

  /**
   * @param mapAspect projected width / height of the extent
   * @param legendRows rows the legend needs
   * @param creditLines lines the credits need
   * @param sideFraction the share of the width kept for a side table on the right (0 for none)
   */
  public static PageLayout of(
      PageSize page,
      int panelCount,
      double mapAspect,
      int legendRows,
      int creditLines,
      int captionLines,
      double sideFraction) {
    double u = page.unit();
    double margin = 36 * u;
    double titleH = TITLE * u * 1.25 + SUBTITLE * u * 1.45 + 18 * u;
    double creditH = creditLines * CREDIT * u * 1.45;
    double legendH = legendRows * LEGEND * u * 1.9 + 10 * u;
    double captionH = CAPTION_DATE * u * 1.4 + (captionLines - 1) * CAPTION * u * 1.4 + 12 * u;
    double gap = 26 * u;
    double fullW = page.width_px() - 2 * margin;
    double sideW = sideFraction > 0 ? fullW * sideFraction : 0;
    Rectangle2D body = new Rectangle2D.Double(
        margin,
        margin + titleH,
        fullW - sideW - (sideW > 0 ? gap : 0),
        page.height_px() - 2 * margin - titleH - legendH - creditH - 8 * u);
    int cols = bestColumns(panelCount, body, mapAspect, captionH, gap);
    List<Rectangle2D> panels = grid(panelCount, cols, body, mapAspect, captionH, gap);
    double bottom =
        panels.stream().mapToDouble(Rectangle2D::getMaxY).max().orElse(body.getMaxY()) + captionH;
    Rectangle2D first = panels.get(0);
    return new PageLayout(
        u,
        margin,
        new Rectangle2D.Double(margin, margin, fullW, titleH),
        panels,
        cols,
        captionH,
        new Rectangle2D.Double(margin, bottom + 4 * u, fullW, legendH),
        new Rectangle2D.Double(margin, page.height_px() - margin - creditH, fullW, creditH),
        new Rectangle2D.Double(body.getMaxX() + gap, first.getY(), sideW, first.getHeight()));
  }

  private static int bestColumns(
      int n, Rectangle2D body, double aspect, double captionH, double gap) {
    int best = 1;
    double bestArea = -1;
    for (int cols = 1; cols <= n; cols++) {
      double[] wh = cell(n, cols, body, aspect, captionH, gap);
      double shown = Math.min(wh[0], wh[1] * aspect) * Math.min(wh[1], wh[0] / aspect);
      if (shown > bestArea * 1.0001) {
        best = cols;
        bestArea = shown;
      }
    }
    return best;
  }

  /** A panel's width and height for a grid of {@code cols} columns, at most 50% taller or wider than the map. */
  private static double[] cell(
      int n, int cols, Rectangle2D body, double aspect, double captionH, double gap) {
    int rows = (n + cols - 1) / cols;
    double w = (body.getWidth() - (cols - 1) * gap) / cols;
    double h = (body.getHeight() - rows * captionH - (rows - 1) * gap) / rows;
    return new double[] {
      Math.max(16, Math.min(w, h * aspect * 1.5)), Math.max(16, Math.min(h, w / aspect * 1.5))
    };
  }

  private static List<Rectangle2D> grid(
      int n, int cols, Rectangle2D body, double aspect, double captionH, double gap) {
    int rows = (n + cols - 1) / cols;
    double[] wh = cell(n, cols, body, aspect, captionH, gap);
    double gridW = cols * wh[0] + (cols - 1) * gap;
    double gridH = rows * (wh[1] + captionH) + (rows - 1) * gap;
    double x0 = body.getX() + (body.getWidth() - gridW) / 2;
    double y0 = body.getY() + Math.max(0, (body.getHeight() - gridH) / 2) * 0.35;
    List<Rectangle2D> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = i / cols;
      int c = i % cols;
      out.add(new Rectangle2D.Double(
          Math.round(x0 + c * (wh[0] + gap)),
          Math.round(y0 + r * (wh[1] + captionH + gap)),
          Math.floor(wh[0]),
          Math.floor(wh[1])));
    }
    return out;
  }
}
