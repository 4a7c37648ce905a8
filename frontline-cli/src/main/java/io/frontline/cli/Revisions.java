package io.frontline.cli;

import io.frontline.refusals.Refusal;
import java.util.regex.Pattern;

/** What a correction and a retraction share: their checks, and the reason a correction keeps in the note. */
final class Revisions {
  private static final Pattern REASON = Pattern.compile("\\s*\\[correction: [^\\]]*\\]$");

  private Revisions() {
  }

  /** The note with the reason of an earlier correction taken off its end. */
  static String withoutReason(String note) {
    return REASON.matcher(note).replaceFirst("");
  }

  /** The note with the reason of this correction at its end, as "[correction: REASON]". */
  static String withReason(String note, String reason) {
    String base = withoutReason(note.strip());
    return (base.isEmpty() ? "" : base + " ") + "[correction: " + reason + "]";
  }

  static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw Refusal.badInput(null, "--reason must say why, was empty");
    }
    return reason.strip();
  }

  static String recorder(String recordedBy) {
    if (recordedBy == null || recordedBy.isBlank()) {
      throw Refusal.badInput(null, "--by must name who records, was empty");
    }
    return recordedBy.strip();
  }
}
