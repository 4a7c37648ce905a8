package io.frontline.events;

import java.time.Instant;
import java.util.Locale;

/**
 * A suggestion as stored: its {@code id}, what it says now ({@code suggestion}, after any edit), what the rule said
 * ({@code suggested}), when it was made, and its review: who reviewed it and when, the reason of a rejection, the
 * observation an acceptance recorded; and who last edited it and when (null when nobody did).
 */
public record StoredSuggestion(
    long id,
    Suggestion suggestion,
    Suggestion suggested,
    Instant createdAt,
    Review review,
    String reviewedBy,
    Instant reviewedAt,
    String reason,
    Long observationId,
    String editedBy,
    Instant editedAt) {
  /** The state of a suggestion's review. */
  public enum Review {
    PENDING,
    ACCEPTED,
    REJECTED;

    public String code() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Review parse(String text) {
      for (Review r : values()) {
        if (r.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
          return r;
        }
      }
      throw new IllegalArgumentException(
          "review must be pending, accepted or rejected, was '" + text + "'");
    }
  }

  public StoredSuggestion {
    if (suggestion == null || suggested == null || createdAt == null || review == null) {
      throw new IllegalArgumentException(
          "a stored suggestion needs what it says, what was suggested, when and its" + " review");
    }
    reason = reason == null ? "" : reason;
  }
}
