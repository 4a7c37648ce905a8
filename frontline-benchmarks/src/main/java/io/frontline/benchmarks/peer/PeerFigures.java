package io.frontline.benchmarks.peer;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The peer's figures on a date, by actor id: what the PostGIS query returns. */
public record PeerFigures(LocalDate date, Map<String, Row> actors) {
  /** One actor's held area, contested area, population and settlements. */
  public record Row(
      String actor, double area_km2, double contested_km2, long population, int settlements) {}

  public PeerFigures {
    actors = Map.copyOf(actors);
  }

  public Optional<Row> actor(String id) {
    return Optional.ofNullable(actors.get(id));
  }
}
