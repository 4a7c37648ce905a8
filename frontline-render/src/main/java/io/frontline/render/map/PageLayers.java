package io.frontline.render.map;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A map page's fixed layers as raster images, for raster output: everything under the control areas (page, texts,
 * legend, sea and land) and everything over them (water, borders, labels, scale bar, frames) on a transparent image.
 * The panels of one map share them, and so do the frames of an animation and repeated renders of the same page, so a
 * render draws two images, the areas and the captions. Keyed by everything the layers show; a few pages are kept,
 * least recently used dropped first.
 */
public final class PageLayers {
  private static final PageLayers SHARED = new PageLayers(3);
  private final Map<Key, Images> cache;

  /** The two layers of a page. */
  public record Images(BufferedImage under, BufferedImage over) {}

  /** The plan without what changes from date to date (areas, captions, notices). */
  private record Key(
      MapSpec spec,
      PageLayout layout,
      Object viewport,
      java.util.Set<String> focusCountries,
      String title,
      String subtitle,
      Legend legend,
      List<String> credits,
      Object labels,
      Object marks,
      Object table,
      List<Rectangle2D> frames) {}

  public PageLayers(int capacity) {
    this.cache = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Key, Images> eldest) {
        return size() > capacity;
      }
    };
  }

  public static PageLayers shared() {
    return SHARED;
  }

  synchronized Images layers(MapPlan plan, MapPainter painter) {
    Key key = new Key(
        plan.spec(),
        plan.layout(),
        plan.viewport(),
        plan.focusCountries(),
        plan.title(),
        plan.subtitle(),
        plan.legend(),
        plan.credits(),
        plan.labels(),
        plan.marks(),
        plan.table()
            .map(t ->
                t.heading() + t.rows().stream().map(r -> String.join("|", r)).toList()),
        plan.panels().stream().map(MapPlan.PanelPlan::frame).toList());
    return cache.computeIfAbsent(key, k -> draw(plan, painter));
  }

  private static Images draw(MapPlan plan, MapPainter painter) {
    int w = plan.spec().page().width_px();
    int h = plan.spec().page().height_px();
    BufferedImage under = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    BufferedImage over = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
    Graphics2D g = under.createGraphics();
    MapPainter.hints(g);
    painter.paintUnder(g, plan);
    g.dispose();
    g = over.createGraphics();
    MapPainter.hints(g);
    painter.paintOver(g, plan);
    g.dispose();
    return new Images(under, over);
  }
}
