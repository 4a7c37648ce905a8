package io.frontline.formats.actors;

import io.frontline.actors.Actor;
import java.util.List;

/**
 * What an actors file holds: the actors that are valid and every problem, each with its place in the file ("actor 3",
 * "line 4"). A file with problems is not to be loaded at all.
 */
public record ActorFile(List<Actor> actors, List<String> problems) {
  public ActorFile {
    actors = List.copyOf(actors);
    problems = List.copyOf(problems);
  }

  public boolean ok() {
    return problems.isEmpty();
  }
}
