package io.frontline.render;

import io.frontline.render.map.ChangeInput;
import io.frontline.render.map.ChangeMapPlanner;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapPainter;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapPlanner;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.ShapeCache;
import io.frontline.render.output.Format;
import io.frontline.render.output.Outputs;
import io.frontline.render.output.PngOutput;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.TextPainter;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Publication control maps: plans a map page from the user's spec and the engine's answers, and draws it to PNG, SVG
 * or PDF with its provenance. Projected shapes are cached between calls, so a second map of the same extent and size
 * is much faster than the first. Thread-safe.
 */
public final class MapRenderer {
  private final MapPlanner planner;
  private final ChangeMapPlanner changes;

  public MapRenderer() {
    this(ShapeCache.shared());
  }

  public MapRenderer(ShapeCache cache) {
    TextPainter measure = TextPainter.shared(TextPainter.Mode.OUTLINES);
    this.planner = new MapPlanner(measure, cache);
    this.changes = new ChangeMapPlanner(measure, cache);
  }

  public MapPlan plan(MapSpec spec, MapInput input, Provenance provenance) {
    return planner.plan(spec, input, provenance);
  }

  /** Animation frames, one single-panel page per date of the spec, sharing legend, labels and layout. */
  public java.util.List<MapPlan> frames(MapSpec spec, MapInput input, Provenance provenance) {
    return planner.frames(spec, input, provenance);
  }

  /** A change map: the spec's two dates are the input's from and to. */
  public MapPlan planChanges(MapSpec spec, ChangeInput input, Provenance provenance) {
    return changes.plan(spec, input, provenance);
  }

  /** The map as an image (for PNG, GIF frames and checks). */
  public BufferedImage image(MapPlan plan) {
    return PngOutput.render(
        plan.spec().page(), (g, text) -> new MapPainter(text, true).paint(g, plan));
  }

  public void write(MapPlan plan, Provenance provenance, Format format, Path file) {
    Outputs.write(
        file,
        format,
        plan.spec().page(),
        plan.title(),
        provenance.entries(plan.title()),
        (g, text) -> new MapPainter(text, format.raster()).paint(g, plan));
  }
}
