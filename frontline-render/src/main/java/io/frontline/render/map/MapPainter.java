package io.frontline.render.map;

import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Consumer;

/** Draws a {@link MapPlan} on a page: title block, panels with their captions, legend and credits. */
public final class MapPainter {
  private final TextPainter text;
  private final boolean raster;

  /** A painter for vector output (SVG, PDF): every layer drawn as shapes. */
  public MapPainter(TextPainter text) {
    this(text, false);
  }

  /**
   * With {@code raster}, everything but the control areas, captions and notices comes from {@link PageLayers}
   * images kept between renders of the same page (the frames of an animation, repeated maps in one process), for
   * pages of up to {@link #RASTER_MAX_PIXELS}: a larger page is drawn directly, since two more images of its size,
   * kept, would cost more memory than the drawing they save.
   */
  /** The largest page whose layers are kept: 4 million pixels (a 1600x1200 map is 1.9 million). */
  static final long RASTER_MAX_PIXELS = 4_000_000;

  public MapPainter(TextPainter text, boolean raster) {
    this.text = text;
    this.raster = raster;
  }

  public void paint(Graphics2D g, MapPlan plan) {
    hints(g);
    PanelPainter panels = new PanelPainter(plan, text);
    long pixels = (long) plan.spec().page().width_px() * plan.spec().page().height_px();
    if (raster && pixels <= RASTER_MAX_PIXELS) {
      PageLayers.Images layers = PageLayers.shared().layers(plan, this);
      g.drawImage(layers.under(), 0, 0, null);
      plan.panels().forEach(p -> inPanel(g, plan, p, pg -> panels.areas(pg, p)));
      g.drawImage(layers.over(), 0, 0, null);
    } else {
      paintUnder(g, plan);
      plan.panels().forEach(p -> inPanel(g, plan, p, pg -> panels.areas(pg, p)));
      paintOver(g, plan);
    }
    paintPerDate(g, plan);
  }

  static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  /** What lies under the control areas: page, title, legend, credits, side table, and each panel's sea and land. */
  void paintUnder(Graphics2D g, MapPlan plan) {
    Theme theme = plan.spec().theme();
    double u = plan.layout().unit();
    g.setColor(theme.page());
    g.fill(new Rectangle2D.Double(
        0, 0, plan.spec().page().width_px(), plan.spec().page().height_px()));
    titleBlock(g, plan, theme, u);
    plan.table().ifPresent(t -> table(g, t, plan, theme, u));
    new LegendPainter(text, theme, u, plan.spec().language().rightToLeft())
        .paint(g, plan.legend(), plan.layout().legend());
    lines(
        g, plan.credits(), plan.layout().credits(), PageLayout.CREDIT * u, theme.mutedText(), plan);
    PanelPainter panels = new PanelPainter(plan, text);
    plan.panels().forEach(p -> inPanel(g, plan, p, panels::underlay));
  }

  /** What lies over the control areas: each panel's water, borders and labels, the scale bar, the frames. */
  void paintOver(Graphics2D g, MapPlan plan) {
    PanelPainter panels = new PanelPainter(plan, text);
    double u = plan.layout().unit();
    MapFurniture furniture =
        new MapFurniture(text, plan.spec().theme(), u, plan.spec().language());
    for (int i = 0; i < plan.panels().size(); i++) {
      boolean first = i == 0;
      inPanel(g, plan, plan.panels().get(i), pg -> {
        panels.overlay(pg);
        if (first) {
          furniture.scaleBar(pg, plan.scaleBar(), plan.scaleBox());
          plan.north().ifPresent(n -> furniture.northArrow(pg, n));
        }
      });
      Rectangle2D f = plan.panels().get(i).frame();
      g.setColor(plan.spec().theme().frame());
      g.setStroke(new BasicStroke((float) u));
      g.draw(new Rectangle2D.Double(
          f.getX(), f.getY(), plan.viewport().width(), plan.viewport().height()));
    }
  }

  /** What changes from date to date besides the areas: the captions, and the notice before the data. */
  private void paintPerDate(Graphics2D g, MapPlan plan) {
    Theme theme = plan.spec().theme();
    double u = plan.layout().unit();
    MapFurniture furniture = new MapFurniture(text, theme, u, plan.spec().language());
    for (MapPlan.PanelPlan p : plan.panels()) {
      p.noData()
          .ifPresent(m -> inPanel(
              g,
              plan,
              p,
              pg -> furniture.notice(pg, m, p.frame().getWidth(), p.frame().getHeight())));
      caption(g, plan, p, theme, u);
    }
  }

  /** Runs a drawing in a panel's pixels: translated to its frame and clipped to it. */
  private static void inPanel(
      Graphics2D g, MapPlan plan, MapPlan.PanelPlan panel, Consumer<Graphics2D> drawing) {
    AffineTransform saved = g.getTransform();
    Shape clip = g.getClip();
    g.translate(panel.frame().getX(), panel.frame().getY());
    g.clip(plan.viewport().frame());
    drawing.accept(g);
    g.setClip(clip);
    g.setTransform(saved);
  }

  /** The side table: a heading, then rows of a label and a value, right-aligned values. */
  private void table(Graphics2D g, MapPlan.SideTable table, MapPlan plan, Theme theme, double u) {
    Rectangle2D box = plan.layout().side();
    float size = (float) (15 * u);
    double y = box.getY() + 22 * u;
    drawLine(g, plan, table.heading(), true, (float) (17 * u), box, y, theme.text());
    y += 12 * u;
    for (String[] row : table.rows()) {
      y += size * 1.5;
      g.setColor(theme.admin1());
      g.setStroke(new BasicStroke((float) (0.6 * u)));
      g.draw(new java.awt.geom.Line2D.Double(
          box.getX(), y - size * 1.1, box.getMaxX(), y - size * 1.1));
      for (String line : MapTexts.wrap(row[0], text, box.getWidth(), size)) {
        drawLine(g, plan, line, false, size, box, y, theme.text());
        y += size * 1.3;
      }
      drawLine(g, plan, row[1], true, size, box, y, theme.mutedText());
      y += size * 0.4;
    }
  }

  private void titleBlock(Graphics2D g, MapPlan plan, Theme theme, double u) {
    Rectangle2D box = plan.layout().title();
    float titleSize = (float) (PageLayout.TITLE * u);
    double baseline = box.getY() + titleSize * 0.95;
    drawLine(g, plan, plan.title(), true, titleSize, box, baseline, theme.text());
    float subSize = (float) (PageLayout.SUBTITLE * u);
    drawLine(
        g,
        plan,
        plan.subtitle(),
        false,
        subSize,
        box,
        baseline + subSize * 1.55,
        theme.mutedText());
  }

  private void caption(Graphics2D g, MapPlan plan, MapPlan.PanelPlan panel, Theme theme, double u) {
    Rectangle2D f = panel.frame();
    double baseline = f.getMaxY() + PageLayout.CAPTION_DATE * u * 1.3;
    for (int i = 0; i < panel.caption().size(); i++) {
      float size = (float) ((i == 0 ? PageLayout.CAPTION_DATE : PageLayout.CAPTION) * u);
      drawLine(
          g,
          plan,
          panel.caption().get(i),
          i == 0,
          size,
          f,
          baseline,
          i == 0 ? theme.text() : theme.mutedText());
      baseline += PageLayout.CAPTION * u * 1.4;
    }
  }

  private void lines(
      Graphics2D g, List<String> lines, Rectangle2D box, double size, Color colour, MapPlan plan) {
    double baseline = box.getY() + size;
    for (String line : lines) {
      drawLine(g, plan, line, false, (float) size, box, baseline, colour);
      baseline += size * 1.45;
    }
  }

  /** One line, aligned to the box's left edge, or its right edge for a right-to-left language. */
  private void drawLine(
      Graphics2D g,
      MapPlan plan,
      String line,
      boolean bold,
      float size,
      Rectangle2D box,
      double baseline,
      Color colour) {
    double x = box.getX();
    if (plan.spec().language().rightToLeft()) {
      x = box.getMaxX() - text.measure(line, bold, size).width();
    }
    text.draw(g, line, bold, size, x, baseline, colour, null, 0);
  }
}
