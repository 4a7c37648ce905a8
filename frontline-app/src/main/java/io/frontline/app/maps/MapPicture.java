package io.frontline.app.maps;

import io.frontline.render.MapRenderer;
import io.frontline.render.map.MapPlan;
import io.frontline.render.output.Format;
import io.frontline.render.output.Provenance;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A planned map picture: the plan (its title, panels with their captions and legend, the table of transfers of a
 * changes map) and the provenance it carries; written as PNG, SVG, PDF or JPG to a file or a stream.
 */
public record MapPicture(MapPlan plan, Provenance provenance) {
  private static final MapRenderer RENDERER = new MapRenderer();

  public String title() {
    return plan.title();
  }

  /** Each panel's caption lines (the areas as the figures give them), panel by panel. */
  public List<List<String>> captions() {
    return plan.panels().stream().map(MapPlan.PanelPlan::caption).toList();
  }

  /** Writes the picture to {@code file} (atomically: a failed write leaves no file). */
  public void write(Format format, Path file) {
    RENDERER.write(plan, provenance, format, file);
  }

  /** Writes the picture to {@code out}, which stays open. */
  public void write(Format format, OutputStream out) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("frontline-map-");
      Path file = dir.resolve("map." + format.extension());
      write(format, file);
      Files.copy(file, out);
      Files.delete(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the map: " + e.getMessage(), e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try {
      if (dir != null) {
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary map " + dir, e);
    }
  }
}
