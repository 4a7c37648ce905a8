package io.frontline.formats.kml;

import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The encoding an XML prolog declares: {@code <?xml version="1.0" encoding="ISO-8859-1"?>}. */
final class KmlProlog {
  /** How much of the start of a document is searched for the prolog. */
  static final int HEAD_BYTES = 1024;

  private static final Pattern ENCODING =
      Pattern.compile("^\\s*<\\?xml\\s[^?>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");

  private KmlProlog() {}

  /** The declared encoding; empty when there is no prolog or it names none. An unknown name is refused. */
  static Optional<Charset> declaredEncoding(byte[] head) {
    String text =
        new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", "");
    Matcher m = ENCODING.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Charset.forName(m.group(1)));
    } catch (IllegalArgumentException e) {
      throw FindingCode.UNKNOWN_ENCODING.exception(
          "line 1",
          "the XML prolog declares the encoding " + Quoted.of(m.group(1)) + ", which is not known");
    }
  }
}
