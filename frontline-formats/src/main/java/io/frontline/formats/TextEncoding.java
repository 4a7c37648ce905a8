package io.frontline.formats;

import io.frontline.formats.text.Quoted;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Text input is decoded strictly: a byte sequence that is not valid in the file's encoding (UTF-8 unless the user
 * names another) refuses the file, located by line and byte offset, rather than being replaced silently. A UTF-8
 * byte-order mark is allowed and skipped.
 */
public final class TextEncoding {
  private static final int BUFFER = 64 * 1024;

  private TextEncoding() {}

  /** The charset of a name ("windows-1252", "latin1"); an unknown name is an IllegalArgumentException. */
  public static Charset forName(String name) {
    try {
      return Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("unknown encoding '" + Quoted.capped(name)
          + "'; use a name such as UTF-8, windows-1252 or ISO-8859-1");
    }
  }

  /** A reader that decodes strictly and skips a leading byte-order mark. */
  public static Reader reader(InputStream in, Charset charset) throws IOException {
    PushbackReader reader = new PushbackReader(new InputStreamReader(in, strict(charset)), 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /**
   * Reads the whole stream and throws a {@link FormatException} at the first byte that is not valid in
   * {@code charset}: {@code not-utf8} for UTF-8, {@code encoding-invalid} for another encoding.
   */
  public static void check(InputStream in, Charset charset) throws IOException {
    CharsetDecoder decoder = strict(charset);
    ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    CharBuffer chars = CharBuffer.allocate(BUFFER);
    long consumed = 0;
    long line = 1;
    boolean eof = false;
    while (true) {
      eof = eof || fill(in, bytes);
      bytes.flip();
      CoderResult result = decoder.decode(bytes, chars, eof);
      line += newlines(chars);
      if (result.isError()) {
        throw invalid(charset, consumed + bytes.position(), line, bytes, result.length());
      }
      consumed += bytes.position();
      bytes.compact();
      if (eof && result.isUnderflow()) {
        return;
      }
    }
  }

  private static boolean fill(InputStream in, ByteBuffer bytes) throws IOException {
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n > 0) {
      bytes.position(bytes.position() + n);
    }
    return n < 0;
  }

  private static long newlines(CharBuffer chars) {
    chars.flip();
    long count = 0;
    while (chars.hasRemaining()) {
      count += chars.get() == '\n' ? 1 : 0;
    }
    chars.clear();
    return count;
  }

  private static FormatException invalid(
      Charset charset, long offset, long line, ByteBuffer bytes, int length) {
    StringBuilder bad = new StringBuilder();
    for (int i = 0; i < Math.min(length, 4) && bytes.position() + i < bytes.limit(); i++) {
      bad.append(i == 0 ? "" : " ")
          .append(String.format(Locale.ROOT, "0x%02X", bytes.get(bytes.position() + i)));
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    String message = (utf8 ? "not valid UTF-8" : "not valid " + charset.name()) + ": byte " + bad
        + " at byte offset " + offset + " (line " + line + ")" + hint(utf8, offset, bytes);
    return (utf8 ? FindingCode.NOT_UTF8 : FindingCode.ENCODING_INVALID)
        .exception("line " + line, message);
  }

  private static String hint(boolean utf8, long offset, ByteBuffer bytes) {
    if (!utf8) {
      return "; is the encoding right?";
    }
    int first = bytes.get(bytes.position()) & 0xFF;
    int second = bytes.position() + 1 < bytes.limit() ? bytes.get(bytes.position() + 1) & 0xFF : -1;
    if (offset == 0 && (first == 0xFF && second == 0xFE || first == 0xFE && second == 0xFF)) {
      return "; the file starts with a UTF-16 byte-order mark: save it as UTF-8, or give the encoding UTF-16";
    }
    if (hasNul(bytes)) {
      return "; the file holds NUL bytes: it looks binary, not text (is it the right file?)";
    }
    return "; if the file is in another encoding, give it (for example --encoding windows-1252)";
  }

  private static boolean hasNul(ByteBuffer bytes) {
    for (int i = 0; i < bytes.limit(); i++) {
      if (bytes.get(i) == 0) {
        return true;
      }
    }
    return false;
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
