package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every language of the web app ({@code web/js/i18n.js}, its {@code TEXTS}) has exactly the keys English has, each
 * once: a missing key would show English in the middle of another language, and a key given twice silently keeps
 * only its last text.
 */
class WebAppI18nTest {
  private static final Pattern KEY = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*:");

  /** The keys of each language, in order, duplicates kept. */
  static Map<String, List<String>> keysByLanguage(String script) {
    int i = script.indexOf("const TEXTS = {");
    assertThat(i).as("the TEXTS object in i18n.js").isNotNegative();
    i += "const TEXTS = ".length();
    Map<String, List<String>> keys = new LinkedHashMap<>();
    String language = null;
    int depth = 0;
    while (i < script.length()) {
      char c = script.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        int end = endOfString(script, i);
        if (depth == 2 && followedByColon(script, end)) {
          keys.get(language).add(script.substring(i + 1, end - 1));
        }
        i = end;
        continue;
      }
      if (c == '/' && script.charAt(i + 1) == '/') {
        i = script.indexOf('\n', i);
        continue;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        break;
      }
      Matcher m = KEY.matcher(script).region(i, script.length());
      if (m.lookingAt() && !Character.isJavaIdentifierPart(script.charAt(i - 1))) {
        if (depth == 1) {
          language = m.group(1);
          keys.put(language, new ArrayList<>());
        } else if (depth == 2) {
          keys.get(language).add(m.group(1));
        }
        i = m.end();
        continue;
      }
      i++;
    }
    return keys;
  }

  /** Whether a quoted text ending before {@code end} is a key ('suggestions.tab': ...). */
  private static boolean followedByColon(String script, int end) {
    int i = end;
    while (i < script.length() && Character.isWhitespace(script.charAt(i))) {
      i++;
    }
    return i < script.length() && script.charAt(i) == ':';
  }

  private static int endOfString(String script, int start) {
    char quote = script.charAt(start);
    int i = start + 1;
    while (script.charAt(i) != quote) {
      i += script.charAt(i) == '\\' ? 2 : 1;
    }
    return i + 1;
  }

  private static String script() throws IOException {
    try (InputStream in = WebAppI18nTest.class.getResourceAsStream("/web/js/i18n.js")) {
      assertThat(in).as("web/js/i18n.js").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyLanguageHasExactlyTheEnglishKeysEachOnce() throws IOException {
    Map<String, List<String>> keys = keysByLanguage(script());
    assertThat(keys.keySet()).containsExactly("en", "nl", "fr", "de", "ar");
    Set<String> english = new TreeSet<>(keys.get("en"));
    assertThat(english).hasSizeGreaterThan(150);
    keys.forEach((language, list) -> {
      assertThat(list).as("keys given twice in %s", language).doesNotHaveDuplicates();
      assertThat(new TreeSet<>(list)).as("keys of %s against English", language).isEqualTo(english);
    });
  }

  @Test
  void theParserSeesKeysNotTextsThatLookLikeKeys() {
    String script =
        "const TEXTS = {\n  en: {a: 'Corners: {n}', b: \"it's: x\", // c: 'no'\n    d: `e: f`},\n"
            + "  nl: {a: 'x', a: 'y'},\n};";
    assertThat(keysByLanguage(script))
        .containsExactly(
            Map.entry("en", List.of("a", "b", "d")), Map.entry("nl", List.of("a", "a")));
  }
}
