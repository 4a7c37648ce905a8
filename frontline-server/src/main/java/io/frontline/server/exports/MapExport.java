package io.frontline.server.exports;

import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.figures.Method;
import io.frontline.observations.Observation;
import io.frontline.render.MapRenderer;
import io.frontline.render.geo.Extent;
import io.frontline.render.map.MapInput;
import io.frontline.render.map.MapPlan;
import io.frontline.render.map.MapSpec;
import io.frontline.render.map.Theme;
import io.frontline.render.output.Format;
import io.frontline.render.output.PageSize;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import io.frontline.server.engine.Snapshot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The control map of a date as a publication picture (PNG or SVG) drawn by the renderer of {@code frontline map},
 * for the extent the user is looking at, with the provenance every Frontline picture carries.
 */
public final class MapExport {
  private static final MapRenderer RENDERER = new MapRenderer();

  private MapExport() {
  }

  /** The picture's bytes. */
  public static byte[] write(Snapshot s, LocalDate date, Extent extent, MapLanguage language, PageSize page,
      Optional<String> actor, Format format, String request) {
    Figures figures = s.figures(date);
    boolean before = s.dateRange().map(r -> date.isBefore(r[0])).orElse(true);
    MapInput input = new MapInput(s.index(), s.actors().all(), List.of(new MapInput.Panel(date,
        before ? Optional.empty() : Optional.of(s.index().mapAt(date)), figures)),
        s.dateRange().map(r -> r[0]));
    MapSpec spec = new MapSpec(List.of(date), actor, false, language, extent, page, Theme.LIGHT, Optional.empty(),
        Optional.empty(), Optional.empty());
    Provenance provenance = provenance(s, figures, request);
    MapPlan plan = RENDERER.plan(spec, input, provenance);
    Path file = null;
    try {
      file = Files.createTempFile("frontline-map-", "." + format.extension());
      RENDERER.write(plan, provenance, format, file);
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot draw the map", e);
    } finally {
      delete(file);
    }
  }

  private static Provenance provenance(Snapshot s, Figures figures, String request) {
    Method method = figures.method();
    List<Observation> inEffect = s.index().observations().stream()
        .filter(o -> !o.statement().date().start().isAfter(figures.date())).toList();
    int sources = (int) inEffect.stream().map(o -> o.statement().source().key()).distinct().count();
    String text = figures.date() + ": " + figures.actors().stream().filter(a -> a.area_km2() > 0
        || a.contested_km2() > 0).map(MapExport::one).collect(Collectors.joining("; "));
    return new Provenance(request, List.of(figures.date()), method.asRecorded(), s.key().revision(), method.rule(),
        method.zoneRule(), inEffect.size(), sources, text, "Frontline 0.1.0");
  }

  private static String one(ActorFigures a) {
    return String.format(Locale.ROOT, "%s area_km2=%.1f contested_km2=%.1f population=%d settlements=%d", a.id(),
        a.area_km2(), a.contested_km2(), a.population(), a.settlements());
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary map " + file, e);
    }
  }
}
