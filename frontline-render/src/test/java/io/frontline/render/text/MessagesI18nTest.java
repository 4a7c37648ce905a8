package io.frontline.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each language of the map and chart texts ({@code messages_xx.properties}) has exactly the keys of the English
 * {@code messages.properties}, each once. A resource bundle hides a missing key (it falls back to English) and a key
 * given twice (the last wins); this test reads every file on its own.
 */
class MessagesI18nTest {
  private static final String BASE = "/io/frontline/render/text/messages";

  static Stream<MapLanguage> translations() {
    return Stream.of(MapLanguage.values()).filter(l -> !l.code().equals("en"));
  }

  private static String file(String suffix) throws IOException {
    try (InputStream in =
        MessagesI18nTest.class.getResourceAsStream(BASE + suffix + ".properties")) {
      assertThat(in).as(BASE + suffix + ".properties").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static Set<String> keys(String text) throws IOException {
    Properties p = new Properties();
    try (Reader r = new java.io.StringReader(text)) {
      p.load(r);
    }
    return new TreeSet<>(p.stringPropertyNames());
  }

  /** The keys as written, one per line that starts one (the files use no continuation lines). */
  private static List<String> keysAsWritten(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
        .map(l -> l.split("\\s*[=:]", 2)[0])
        .toList();
  }

  @ParameterizedTest
  @MethodSource("translations")
  void hasExactlyTheEnglishKeysEachOnce(MapLanguage language) throws IOException {
    String english = file("");
    String translated = file("_" + language.code());

    assertThat(keys(english)).hasSizeGreaterThan(10);
    assertThat(keys(translated)).as(language.code()).isEqualTo(keys(english));
    assertThat(keysAsWritten(translated))
        .as(language.code())
        .doesNotHaveDuplicates()
        .hasSameSizeAs(keys(translated));
  }

  @Test
  void englishGivesEachKeyOnce() throws IOException {
    String english = file("");
    assertThat(keysAsWritten(english)).doesNotHaveDuplicates().hasSameSizeAs(keys(english));
  }

  @Test
  void everyLanguageOfTheMapHasAFile() {
    assertThat(translations().map(MapLanguage::code))
        .containsExactlyInAnyOrder("nl", "fr", "de", "ar");
  }
}
