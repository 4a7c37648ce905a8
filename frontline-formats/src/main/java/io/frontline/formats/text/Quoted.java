package io.frontline.formats.text;

/**
 * Input text made safe to quote in a message that goes to a terminal or a log: control characters, C1 controls,
 * replacement characters, lone surrogates and bidirectional overrides are written as backslash escapes (x and two
 * hex digits below U+0100, else u and four),
 * and a quotation is capped at {@value #MAX_QUOTED_CHARS} characters with an ellipsis. Printable text, accents and
 * other scripts included, is kept as it is.
 */
public final class Quoted {
  /** The longest quotation, in characters of the input, before it is cut with an ellipsis. */
  public static final int MAX_QUOTED_CHARS = 80;

  private Quoted() {}

  /** The text in single quotes, escaped and capped: {@code 'Mosul'}, a NUL byte as backslash, x, 00. */
  public static String of(String text) {
    return "'" + capped(text) + "'";
  }

  /**
   * A message that ends with quoted input ("status must be ..., was 'xyz'"), as the core's parse errors do, with
   * that quotation capped; other messages are returned as they are.
   */
  public static String endQuoteCapped(String message) {
    if (message == null || !message.endsWith("'")) {
      return message;
    }
    int open = message.indexOf(" '");
    if (open < 0 || open + 2 > message.length() - 1) {
      return message;
    }
    return message.substring(0, open + 1) + of(message.substring(open + 2, message.length() - 1));
  }

  /** The text escaped and capped, without quotes. */
  public static String capped(String text) {
    if (text == null) {
      return "";
    }
    boolean cut = text.codePointCount(0, text.length()) > MAX_QUOTED_CHARS;
    String kept = cut ? text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED_CHARS)) : text;
    return printable(kept) + (cut ? "…" : "");
  }

  /** The text with every unprintable character escaped; nothing is cut. */
  public static String printable(String text) {
    if (text == null || text.chars().noneMatch(Quoted::unsafe)) {
      return text == null ? "" : text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (unsafe(c)) {
        out.append(
            c < 0x100 ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean unsafe(int c) {
    return c < 0x20
        || c >= 0x7F && c <= 0x9F
        || c == 0xFFFD
        || Character.isSurrogate((char) c)
        || c >= 0x202A && c <= 0x202E
        || c >= 0x2066 && c <= 0x2069
        || c == 0x200E
        || c == 0x200F
        || c == 0xFEFF;
  }
}
