package io.frontline.actors;

import java.util.Collection;
import java.util.List;

/** Persistent actors: reference data, replaced by id. */
public interface ActorStore {
  List<Actor> actors();

  /** Inserts or replaces the actors, all or nothing. */
  void putActors(Collection<Actor> actors);
}
