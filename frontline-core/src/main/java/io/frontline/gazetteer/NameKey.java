package io.frontline.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The search key of a name: accents and case folded, punctuation and an Arabic article prefix ("al-", "ar-", "ad-")
 * dropped, so "Al-Bab", "al Bab" and "Bab" meet, as do "Mossoul" and "MOSSOUL".
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ARTICLE = Pattern.compile("^(?:a[lrdnstz])\\s+(?=\\p{L}{3})");
  private static final Pattern TYPED_ARTICLE = Pattern.compile("^(?:a[lrdnstz])\\s+(?=\\p{L})");
  /** The Arabic article written joined to its word, before at least two more letters. */
  private static final Pattern ARABIC_ARTICLE = Pattern.compile("^\u0627\u0644(?=\\p{L}{2})");

  private NameKey() {}

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String spaced = NON_WORD.matcher(fold(name)).replaceAll(" ").strip();
    return ARTICLE.matcher(spaced).replaceFirst("").replace(" ", "");
  }

  /**
   * For a name being typed: its key with a leading article dropped even before the next word has three letters
   * ("Ar Ru" gives "ru", on its way to "Ar Rutbah"); empty when there is no such article.
   */
  public static Optional<String> typedWithoutArticle(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String spaced = NON_WORD.matcher(fold(name)).replaceAll(" ").strip();
    var m = TYPED_ARTICLE.matcher(spaced);
    if (!m.find()) {
      return Optional.empty();
    }
    String rest = spaced.substring(m.end()).replace(" ", "");
    return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
  }

  /**
   * The key without a leading Arabic article ("الخرطوم" gives the key of "خرطوم"), so names written with and without
   * it meet; empty when the key does not start with one.
   */
  public static Optional<String> withoutArabicArticle(String name) {
    String key = of(name);
    var m = ARABIC_ARTICLE.matcher(key);
    return m.find() ? Optional.of(key.substring(m.end())) : Optional.empty();
  }

  private static String fold(String name) {
    return MARKS
        .matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
        .replaceAll("")
        .toLowerCase(Locale.ROOT);
  }
}
