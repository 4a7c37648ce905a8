package io.frontline.events;

/**
 * One side of an event as its dataset names it: a known actor (the name mapped through the actors' ids, names and
 * aliases) or a name no known actor answers to, kept as it is and never guessed.
 */
public sealed interface Side {
  /** The name the dataset gives. */
  String name();

  /** The known actor's id, or null for an unmapped name. */
  String actorId();

  record Known(String actorId, String name) implements Side {
    public Known {
      if (actorId == null || actorId.isBlank() || name == null || name.isBlank()) {
        throw new IllegalArgumentException(
            "a known side needs an actor id and the dataset's name, was " + actorId + " / " + name);
      }
    }
  }

  record Unmapped(String name) implements Side {
    public Unmapped {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("an unmapped side needs its name");
      }
    }

    @Override
    public String actorId() {
      return null;
    }
  }
}
