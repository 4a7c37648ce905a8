package io.frontline.observations;

import java.util.Locale;

/**
 * An Admiralty-code grade of a source: {@code reliability} of the source, A (completely reliable) to F (cannot be
 * judged), and {@code credibility} of the information, 1 (confirmed by others) to 6 (cannot be judged). Written as
 * the letter then the digit, e.g. "B2".
 */
public record Grade(char reliability, int credibility) {
  public Grade {
    if (reliability < 'A' || reliability > 'F') {
      throw new IllegalArgumentException(
          "grade reliability must be a letter A to F, was '" + reliability + "'");
    }
    if (credibility < 1 || credibility > 6) {
      throw new IllegalArgumentException(
          "grade credibility must be a digit 1 to 6, was " + credibility);
    }
  }

  /** Reads "B2" (case and surrounding blanks ignored); anything else is refused naming the form expected. */
  public static Grade parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (!t.matches("[A-F][1-6]")) {
      throw new IllegalArgumentException(
          "source grade must be an Admiralty code, a letter A-F (reliability) then a "
              + "digit 1-6 (credibility) such as B2, was '" + (text == null ? "" : text.strip())
              + "'");
    }
    return new Grade(t.charAt(0), t.charAt(1) - '0');
  }

  /** The grade as written, e.g. "B2". */
  public String code() {
    return "" + reliability + credibility;
  }

  @Override
  public String toString() {
    return code();
  }
}
