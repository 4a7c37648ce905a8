package io.frontline.app.observations;

import java.util.regex.Pattern;

/** The reason a correction keeps at the end of its note, as "[correction: REASON]". */
public final class Reasons {
  private static final Pattern REASON = Pattern.compile("\\s*\\[correction: [^\\]]*\\]$");

  private Reasons() {}

  /** The note with the reason of an earlier correction taken off its end. */
  public static String withoutReason(String note) {
    return REASON.matcher(note).replaceFirst("");
  }

  /** The note with the reason of this correction at its end, as "[correction: REASON]". */
  public static String withReason(String note, String reason) {
    String base = withoutReason(note.strip());
    return (base.isEmpty() ? "" : base + " ") + "[correction: " + reason + "]";
  }
}
