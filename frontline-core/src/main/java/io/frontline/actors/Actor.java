package io.frontline.actors;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A party to a conflict. {@code aliases} holds other names in any language ("ISIS", "Daesh", "Islamitische Staat");
 * {@code names} the display name per language code; {@code colour} is a #rrggbb hex colour for maps.
 */
public record Actor(
    String id,
    String name,
    ActorKind kind,
    String colour,
    List<String> aliases,
    Map<String, String> names) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  public Actor {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "actor id must be lower-case letters, digits and '-', was '" + id + "'");
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("actor " + id + " needs a name");
    }
    if (colour == null || !COLOUR.matcher(colour).matches()) {
      throw new IllegalArgumentException(
          "actor " + id + " colour must be #rrggbb, was '" + colour + "'");
    }
    kind = kind == null ? ActorKind.NON_STATE_GROUP : kind;
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
    names = Map.copyOf(names == null ? Map.of() : names);
  }

  /** The display name in a language, falling back to the main name. */
  public String name(String language) {
    return names.getOrDefault(language, name);
  }
}
