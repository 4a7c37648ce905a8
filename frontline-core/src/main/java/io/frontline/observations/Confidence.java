package io.frontline.observations;

import java.util.Locale;

/** How sure the recorder is. Later constants are stronger. */
public enum Confidence {
  LOW,
  MEDIUM,
  HIGH;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Confidence parse(String text) {
    for (Confidence c : values()) {
      if (c.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return c;
      }
    }
    throw new IllegalArgumentException(
        "confidence must be low, medium or high, was '" + text + "'");
  }
}
