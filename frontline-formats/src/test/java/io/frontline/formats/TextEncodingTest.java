package io.frontline.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
  private static FormatException refused(byte[] bytes, Charset charset) {
    try {
      TextEncoding.check(new ByteArrayInputStream(bytes), charset);
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("accepted");
  }

  @Test
  void locatesTheFirstBadByteByLineAndOffset() {
    byte[] latin1 = "place,actor\nMosul,IS\nAlep,IS\nHoms,IS\nRaqqa,Daech\u00e9\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    FormatException e = refused(latin1, StandardCharsets.UTF_8);

    assertThat(e.code()).isEqualTo("not-utf8");
    assertThat(e.location()).isEqualTo("line 5");
    assertThat(e.getMessage())
        .startsWith("not valid UTF-8: byte 0xE9 at byte offset 48 (line 5)")
        .contains("--encoding windows-1252");
  }

  @Test
  void findsABadByteBeyondTheFirstBuffer() {
    byte[] bytes = new byte[200_000];
    Arrays.fill(bytes, (byte) 'a');
    for (int i = 99; i < bytes.length; i += 100) {
      bytes[i] = '\n';
    }
    bytes[150_001] = (byte) 0xC3;

    FormatException e = refused(bytes, StandardCharsets.UTF_8);

    assertThat(e.getMessage()).contains("byte 0xC3 at byte offset 150001 (line 1501)");
  }

  @Test
  void acceptsUtf8WithABomAndLatin1AsLatin1() {
    byte[] bom = "\uFEFFplace\nArīḩā\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = "Daech\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

    assertThatCode(() -> TextEncoding.check(new ByteArrayInputStream(bom), StandardCharsets.UTF_8))
        .doesNotThrowAnyException();
    assertThatCode(
            () -> TextEncoding.check(new ByteArrayInputStream(latin1), StandardCharsets.ISO_8859_1))
        .doesNotThrowAnyException();
  }

  @Test
  void namesAUtf16ByteOrderMark() {
    FormatException e =
        refused("\uFEFFplace".getBytes(StandardCharsets.UTF_16LE), StandardCharsets.UTF_8);

    assertThat(e.getMessage())
        .contains("byte 0xFF at byte offset 0 (line 1)", "UTF-16 byte-order mark");
  }

  @Test
  void aByteUndefinedInTheGivenEncodingIsEncodingInvalid() {
    FormatException e =
        refused(new byte[] {'a', '\n', (byte) 0x81}, Charset.forName("windows-1252"));

    assertThat(e.code()).isEqualTo("encoding-invalid");
    assertThat(e.getMessage())
        .startsWith("not valid windows-1252: byte 0x81 at byte offset 2 (line 2)");
  }

  @Test
  void theReaderSkipsTheBomAndUnknownNamesAreRefused() throws IOException {
    try (Reader reader = TextEncoding.reader(
        new ByteArrayInputStream("\uFEFFok".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)) {
      assertThat((char) reader.read()).isEqualTo('o');
    }
    assertThat(TextEncoding.forName("latin1")).isEqualTo(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextEncoding.forName("klingon-8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown encoding 'klingon-8'");
  }
}
