package io.frontline.app.maps;

import io.frontline.app.View;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.figures.Method;
import io.frontline.observations.Observation;
import io.frontline.render.output.Provenance;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The provenance every Frontline picture carries: the request that made it, the data and method behind it. */
public final class PictureProvenance {
  public static final String SOFTWARE = "Frontline 0.1.0";

  private PictureProvenance() {}

  /**
   * @param request the command line or HTTP request that asked for the picture
   * @param figures the figures per date shown
   * @param actor the actor whose figures are recorded, or all actors with ground when empty
   */
  public static Provenance of(
      View view, String request, List<Figures> figures, Optional<String> actor) {
    LocalDate last =
        figures.stream().map(Figures::date).max(Comparator.naturalOrder()).orElseThrow();
    Method method = figures.stream()
        .filter(f -> f.date().equals(last))
        .findFirst()
        .orElseThrow()
        .method();
    List<Observation> inEffect = view.index().observations().stream()
        .filter(o -> !o.statement().date().start().isAfter(last))
        .toList();
    int sources = (int)
        inEffect.stream().map(o -> o.statement().source().key()).distinct().count();
    return new Provenance(
        request,
        figures.stream().map(Figures::date).toList(),
        method.asRecorded(),
        view.revision(),
        method.rule(),
        method.zoneRule(),
        inEffect.size(),
        sources,
        figureText(figures, actor),
        SOFTWARE);
  }

  private static String figureText(List<Figures> figures, Optional<String> actor) {
    return figures.stream()
        .map(f -> f.date() + ": "
            + f.actors().stream()
                .filter(a ->
                    actor.map(a.id()::equals).orElse(a.area_km2() > 0 || a.contested_km2() > 0))
                .map(PictureProvenance::one)
                .collect(Collectors.joining("; ")))
        .collect(Collectors.joining(" | "));
  }

  private static String one(ActorFigures a) {
    return String.format(
        Locale.ROOT,
        "%s area_km2=%.1f contested_km2=%.1f population=%d settlements=%d",
        a.id(),
        a.area_km2(),
        a.contested_km2(),
        a.population(),
        a.settlements());
  }
}
