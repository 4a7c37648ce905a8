package io.frontline.formats.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotedTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Mosul|'Mosul'",
        "Arīḩā أريحا|'Arīḩā أريحا'",
        "tab\there|'tab\\x09here'",
        "bell\u0007 nul\u0000 end|'bell\\x07 nul\\x00 end'",
        "c1\u009b[31m|'c1\\x9B[31m'",
        "bad \uFFFD byte|'bad \\uFFFD byte'",
        "rtl \u202Eevil|'rtl \\u202Eevil'"
      })
  void escapesWhatATerminalWouldActOnAndKeepsPrintableText(String input, String quoted) {
    assertThat(Quoted.of(input)).isEqualTo(quoted);
  }

  @Test
  void escapesALoneSurrogateButKeepsAPair() {
    assertThat(Quoted.printable("a\uD800b \uD83D\uDE00")).isEqualTo("a\\uD800b \uD83D\uDE00");
  }

  @Test
  void capsLongQuotationsAtEightyCharactersWithAnEllipsis() {
    String quoted = Quoted.of("x".repeat(500));

    assertThat(quoted).isEqualTo("'" + "x".repeat(Quoted.MAX_QUOTED_CHARS) + "…'");
    assertThat(Quoted.of("y".repeat(80))).isEqualTo("'" + "y".repeat(80) + "'");
  }

  @Test
  void capsTheQuotedInputAtTheEndOfACoreMessage() {
    String message =
        "status must be controls, contested, besieged or presence, was '" + "z".repeat(300) + "'";

    assertThat(Quoted.endQuoteCapped(message))
        .isEqualTo("status must be controls, contested, besieged or presence, was '"
            + "z".repeat(80) + "…'");
    assertThat(Quoted.endQuoteCapped("confidence must be low, medium or high, was 'sure'"))
        .isEqualTo("confidence must be low, medium or high, was 'sure'");
    assertThat(Quoted.endQuoteCapped("date 2015-02-30 does not exist"))
        .isEqualTo("date 2015-02-30 does not exist");
  }
}
