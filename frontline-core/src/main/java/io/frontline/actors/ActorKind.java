package io.frontline.actors;

/** What sort of party an actor is. */
public enum ActorKind {
  STATE_FORCES, NON_STATE_GROUP, COALITION;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static ActorKind parse(String text) {
    return ActorKind.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
  }
}
