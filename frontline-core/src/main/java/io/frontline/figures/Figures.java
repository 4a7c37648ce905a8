package io.frontline.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Figures per actor on a date, with the method behind them. */
public record Figures(LocalDate date, List<ActorFigures> actors, Method method) {
  public Figures {
    actors = List.copyOf(actors);
  }

  public Optional<ActorFigures> actor(String id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }
}
