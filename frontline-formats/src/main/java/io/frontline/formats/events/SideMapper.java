package io.frontline.formats.events;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.events.Side;
import io.frontline.observations.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Maps the sides' names to known actors through their ids, names and aliases, exactly (case and accents ignored):
 * "IS" is islamic-state, "Syrian insurgents" stays a name. Counts the unmapped names for one warning per file.
 */
final class SideMapper {
  private final Actors actors;
  private final Map<String, Side> cache = new HashMap<>();
  private final Map<String, Integer> unmapped = new TreeMap<>();

  SideMapper(Actors actors) {
    this.actors = actors;
  }

  /** The sides of the given names in order, blank names left out. */
  List<Side> sides(String... names) {
    List<Side> out = new ArrayList<>(names.length);
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        out.add(side(name.strip()));
      }
    }
    return out;
  }

  private Side side(String name) {
    Side side = cache.computeIfAbsent(name, n -> {
      Optional<Actor> actor = actors.find(n);
      return actor.<Side>map(a -> new Side.Known(a.id(), n)).orElseGet(() -> new Side.Unmapped(n));
    });
    if (side instanceof Side.Unmapped) {
      unmapped.merge(name, 1, Integer::sum);
    }
    return side;
  }

  /** One warning naming every unmapped side and how many rows named it, or none. */
  Optional<Finding> warning() {
    if (unmapped.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder names = new StringBuilder();
    unmapped.forEach((name, rows) -> names
        .append(names.length() == 0 ? "" : "; ")
        .append('\'')
        .append(name)
        .append("' (")
        .append(rows)
        .append(rows == 1 ? " row)" : " rows)"));
    return Optional.of(EventFindingCode.UNMAPPED_ACTOR.finding(
        "file",
        unmapped.size() + " side names match no known actor and are kept as names: " + names));
  }
}
