package io.frontline.render.map;

import io.frontline.actors.Actor;
import io.frontline.control.ControlIndex;
import io.frontline.figures.Changes;
import java.util.List;
import java.util.Optional;

/**
 * The engine's answers a change map is drawn from: the control index, the actors, and what changed between the two
 * dates ({@code ChangesOp}, limited to one actor's gains and losses when {@code actor} is given).
 */
public record ChangeInput(
    ControlIndex index, List<Actor> actors, Changes changes, Optional<String> actor) {
  public ChangeInput {
    actors = List.copyOf(actors);
  }
}
