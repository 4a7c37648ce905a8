package io.frontline.observations;

import java.util.Locale;

/**
 * What an observation says of its actor. CONTROLS: the actor holds it. CONTESTED: fighting inside; the actor holds
 * part of it (the other party is {@code fromActor}). BESIEGED: the actor besieges it; the holder is {@code fromActor}.
 * PRESENCE: the actor is present without control; it does not change who controls the ground. ENDS: from this date
 * the actor holds nothing in the area (a region-wide end, such as a government declaring a country free of the
 * actor); its subject is always an area.
 */
public enum Status {
  CONTROLS,
  CONTESTED,
  BESIEGED,
  PRESENCE,
  ENDS;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Status parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (t) {
      case "controls", "control", "controlled", "captured", "held" -> CONTROLS;
      case "contested" -> CONTESTED;
      case "besieged", "besieges", "siege" -> BESIEGED;
      case "presence", "present" -> PRESENCE;
      case "ends", "ended" -> ENDS;
      default ->
        throw new IllegalArgumentException(
            "status must be controls, contested, besieged, presence or ends, was '" + text + "'");
    };
  }
}
