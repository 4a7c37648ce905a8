package io.frontline.actors;

import io.frontline.gazetteer.NameKey;
import io.frontline.refusals.Refusal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The set of known actors, looked up by id, name or alias in any language (case and accents ignored). */
public final class Actors {
  private final Map<String, Actor> byId = new LinkedHashMap<>();
  private final Map<String, Actor> byKey = new LinkedHashMap<>();

  public Actors(Collection<Actor> actors) {
    for (Actor actor : actors) {
      byId.put(actor.id(), actor);
    }
    for (Actor actor : actors) {
      List<String> keys = new ArrayList<>(actor.aliases());
      keys.addAll(actor.names().values());
      keys.add(actor.name());
      keys.add(actor.id());
      keys.forEach(k -> byKey.putIfAbsent(NameKey.of(k), actor));
    }
  }

  public List<Actor> all() {
    return List.copyOf(byId.values());
  }

  public Optional<Actor> find(String idOrName) {
    if (idOrName == null) {
      return Optional.empty();
    }
    Actor direct = byId.get(idOrName.strip());
    return direct != null
        ? Optional.of(direct)
        : Optional.ofNullable(byKey.get(NameKey.of(idOrName)));
  }

  public Actor get(String idOrName) {
    return find(idOrName)
        .orElseThrow(() -> Refusal.notFound(
            "unknown actor '" + idOrName + "'; known: " + String.join(", ", byId.keySet())));
  }
}
