package io.frontline.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Display names per language as given with --name-in LANG=TEXT. */
final class ActorNames {
  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?");

  private ActorNames() {}

  /** The names, each language a code such as en, ar or pt-BR and each text non-blank. */
  static Map<String, String> checked(Map<String, String> names) {
    Map<String, String> out = new LinkedHashMap<>();
    names.forEach((language, text) -> {
      checkLanguage(language);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("--name-in " + language + "= needs a name after '='");
      }
      out.put(language, text.strip());
    });
    return out;
  }

  static String checkLanguage(String language) {
    if (!LANGUAGE.matcher(language).matches()) {
      throw new IllegalArgumentException(
          "--name-in language must be a code such as en, ar or pt-BR, was '" + language + "'");
    }
    return language;
  }
}
