package io.frontline.imports;

import io.frontline.actors.Actor;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The message for an actor name that no actor answers to: which name, where, how to add it, and who is known. Nothing
 * is guessed: the suggested command is a template for the user to complete.
 */
final class UnknownActor {
  private static final int KNOWN_LISTED = 12;

  private UnknownActor() {}

  static String message(String field, String name, List<Actor> known) {
    return "unknown " + field + " '" + name + "'; add it with: frontline actors add --id "
        + suggestedId(name) + " --name \"" + name.replace("\"", "\\\"")
        + "\" --kind non-state --colour \"#rrggbb\", or load an actors file with --actors FILE; "
        + known(known);
  }

  /** The name folded to an actor id ("Rapid Support Forces" gives rapid-support-forces), or ID when none remains. */
  static String suggestedId(String name) {
    String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return folded.isEmpty()
        ? "ID"
        : folded.substring(0, Math.min(64, folded.length())).replaceAll("-+$", "");
  }

  private static String known(List<Actor> known) {
    if (known.isEmpty()) {
      return "the store has no actors yet";
    }
    String listed = known.stream()
        .limit(KNOWN_LISTED)
        .map(a -> a.id() + " (" + a.name() + ")")
        .collect(Collectors.joining(", "));
    return "known: " + listed
        + (known.size() > KNOWN_LISTED ? " and " + (known.size() - KNOWN_LISTED) + " more" : "");
  }
}
