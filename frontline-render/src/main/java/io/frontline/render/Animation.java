package io.frontline.render;

import io.frontline.render.map.AreaStyle;
import io.frontline.render.map.Legend;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.Theme;
import io.frontline.render.output.GifOutput;
import io.frontline.render.output.GifPalette;
import io.frontline.render.output.Outputs;
import io.frontline.render.output.Provenance;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes animation frames (single-panel map pages) as a looping GIF: each frame shown for {@code frame_ms}, the last
 * held longer so the reader sees where the story ends.
 */
public final class Animation {
  public static final int MIN_FRAME_MS = 20;
  public static final int MAX_FRAME_MS = 60_000;
  private static final int LAST_FRAME_FACTOR = 6;
  private final MapRenderer renderer;

  public Animation(MapRenderer renderer) {
    this.renderer = renderer;
  }

  public void write(List<MapPlan> frames, Provenance provenance, Path file, int frame_ms) {
    write(frames, provenance, file, frame_ms, () -> {});
  }

  /** Writes the frames; {@code frameDone} runs after each frame is drawn and added (for progress). */
  public void write(
      List<MapPlan> frames, Provenance provenance, Path file, int frame_ms, Runnable frameDone) {
    if (frames.isEmpty()) {
      throw new IllegalArgumentException("an animation needs at least one frame");
    }
    if (frame_ms < MIN_FRAME_MS || frame_ms > MAX_FRAME_MS) {
      throw new IllegalArgumentException("frame time must be between " + MIN_FRAME_MS + " and "
          + MAX_FRAME_MS + " ms, was " + frame_ms);
    }
    GifPalette palette = new GifPalette(colours(frames));
    Path target = file.toAbsolutePath();
    Outputs.checkDirectory(file, target);
    Outputs.writeAtomically(file, target, out -> {
      try (GifOutput gif =
          new GifOutput(out, palette, provenance.entries(frames.get(0).title()))) {
        for (int i = 0; i < frames.size(); i++) {
          gif.add(
              renderer.image(frames.get(i)),
              i == frames.size() - 1 ? frame_ms * LAST_FRAME_FACTOR : frame_ms);
          frameDone.run();
        }
      }
    });
  }

  /** The flat colours of the frames: theme, legend and every area style, so fills are exact in the palette. */
  static List<Color> colours(List<MapPlan> frames) {
    Theme t = frames.get(0).spec().theme();
    List<Color> out = new ArrayList<>(List.of(
        t.page(),
        t.sea(),
        t.land(),
        t.focusLand(),
        t.river(),
        t.admin1(),
        t.border(),
        t.text(),
        t.mutedText(),
        t.halo(),
        t.frame(),
        Color.BLACK,
        Color.WHITE));
    for (Legend.Entry e : frames.get(0).legend().entries()) {
      add(out, e.style());
    }
    for (MapPlan frame : frames) {
      frame.panels().forEach(p -> p.areas().forEach(a -> add(out, a.style())));
    }
    return out;
  }

  private static void add(List<Color> out, AreaStyle style) {
    out.add(style.fill());
    style.hatch().ifPresent(out::add);
  }
}
