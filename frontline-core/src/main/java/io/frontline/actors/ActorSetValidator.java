package io.frontline.actors;

import io.frontline.gazetteer.NameKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks that a change to the set of actors keeps every actor findable by its own names: no two actors share an id,
 * and no name or alias of one actor (case and accents ignored, as {@link Actors} looks them up) is a name, alias or
 * id of another. Only clashes that involve a changed actor are reported, so an older set is not blamed again.
 */
public final class ActorSetValidator {
  private ActorSetValidator() {}

  /** Problems with adding {@code added} to {@code current}: ids that exist already or repeat, and name clashes. */
  public static List<String> additions(Collection<Actor> current, Collection<Actor> added) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    current.forEach(a -> ids.add(a.id()));
    Set<String> seen = new HashSet<>();
    for (Actor a : added) {
      if (ids.contains(a.id())) {
        problems.add("actor '" + a.id() + "' already exists; change it with: frontline actors edit "
            + a.id());
      } else if (!seen.add(a.id())) {
        problems.add("actor '" + a.id() + "' is given twice");
      }
    }
    List<Actor> all = new ArrayList<>(current);
    added.stream().filter(a -> !ids.contains(a.id())).forEach(all::add);
    problems.addAll(clashes(all, added.stream().map(Actor::id).toList()));
    return problems;
  }

  /** Problems with replacing the actor of the same id in {@code current} by {@code edited}. */
  public static List<String> edit(Collection<Actor> current, Actor edited) {
    List<Actor> all = new ArrayList<>(
        current.stream().filter(a -> !a.id().equals(edited.id())).toList());
    all.add(edited);
    return clashes(all, List.of(edited.id()));
  }

  /** Names shared by two actors of {@code all}, where one of them is among {@code changed}. */
  static List<String> clashes(Collection<Actor> all, Collection<String> changed) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Actor actor : sortedChangedLast(all, changed)) {
      for (String name : names(actor)) {
        Owner previous = owners.putIfAbsent(NameKey.of(name), new Owner(actor, name));
        if (previous != null
            && !previous.actor().id().equals(actor.id())
            && changed.contains(actor.id())) {
          problems.add(
              "alias '" + name + "' of actor '" + actor.id() + "' already belongs to actor '"
                  + previous.actor().id() + "' (" + previous.actor().name() + ")"
                  + (previous.name().equals(name) ? "" : " as '" + previous.name() + "'"));
        }
      }
    }
    return problems;
  }

  private static List<Actor> sortedChangedLast(Collection<Actor> all, Collection<String> changed) {
    List<Actor> sorted =
        new ArrayList<>(all.stream().filter(a -> !changed.contains(a.id())).toList());
    sorted.addAll(all.stream().filter(a -> changed.contains(a.id())).toList());
    return sorted;
  }

  private static List<String> names(Actor actor) {
    List<String> names = new ArrayList<>(List.of(actor.name()));
    names.addAll(actor.aliases());
    names.addAll(actor.names().values());
    names.add(actor.id());
    return names.stream().filter(n -> !NameKey.of(n).isEmpty()).toList();
  }

  /** Who first holds a name key. */
  private record Owner(Actor actor, String name) {}
}
