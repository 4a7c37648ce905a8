package io.frontline.render.map;

import io.frontline.actors.Actor;
import io.frontline.control.ControlIndex;
import io.frontline.figures.Figures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answers a map is drawn from: the control index (its atoms are projected once and reused), the
 * actors, and per date the control map (empty before the first observation) with the figures for that date.
 */
public record MapInput(
    ControlIndex index,
    List<Actor> actors,
    List<Panel> panels,
    Optional<LocalDate> firstObservation,
    Optional<MapEvents> events) {
  public MapInput {
    actors = List.copyOf(actors);
    panels = List.copyOf(panels);
    if (events.isPresent() && events.get().panels().size() != panels.size()) {
      throw new IllegalArgumentException("one event window per panel: " + panels.size()
          + " panels, " + events.get().panels().size() + " windows");
    }
  }

  /** A map without events. */
  public MapInput(
      ControlIndex index,
      List<Actor> actors,
      List<Panel> panels,
      Optional<LocalDate> firstObservation) {
    this(index, actors, panels, firstObservation, Optional.empty());
  }

  /** The same map with events drawn on it. */
  public MapInput withEvents(MapEvents drawn) {
    return new MapInput(index, actors, panels, firstObservation, Optional.of(drawn));
  }

  /** One date's control map and figures; no map when the date is before every observation. */
  public record Panel(LocalDate date, Optional<ControlIndex.ControlMap> map, Figures figures) {}
}
