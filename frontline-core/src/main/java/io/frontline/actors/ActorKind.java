package io.frontline.actors;

import java.util.Locale;

/** What sort of party an actor is. */
public enum ActorKind {
  STATE_FORCES("state"),
  NON_STATE_GROUP("non-state"),
  COALITION("coalition");

  private final String shortForm;

  ActorKind(String shortForm) {
    this.shortForm = shortForm;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind for its code ("state_forces", "non_state_group", "coalition") or short form ("state", "non-state");
   * case, spaces and '-' for '_' do not matter.
   */
  public static ActorKind parse(String text) {
    String key = text == null
        ? ""
        : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (ActorKind kind : values()) {
      if (kind.code().equals(key) || kind.shortForm.replace('-', '_').equals(key)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "actor kind must be one of state_forces, non_state_group, coalition"
            + " (or state, non-state), was '" + text + "'");
  }
}
