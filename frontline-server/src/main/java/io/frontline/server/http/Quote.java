package io.frontline.server.http;

/** Quotes text from a request in an error message: printable characters only, at most 80 of them. */
public final class Quote {
  static final int MAX_CHARS = 80;

  private Quote() {
  }

  /** {@code 'text'} with control and non-printable characters escaped as \\uXXXX, cut with an ellipsis; or "none". */
  public static String printable(String text) {
    if (text == null) {
      return "none";
    }
    StringBuilder b = new StringBuilder("'");
    text.codePoints().limit(MAX_CHARS).forEach(c -> {
      if (Character.isISOControl(c) || !Character.isDefined(c) || Character.getType(c) == Character.FORMAT) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    if (text.codePointCount(0, text.length()) > MAX_CHARS) {
      b.append('…');
    }
    return b.append('\'').toString();
  }
}
