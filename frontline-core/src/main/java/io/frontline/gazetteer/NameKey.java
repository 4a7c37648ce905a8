package io.frontline.gazetteer;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The search key of a name: accents and case folded, punctuation and an Arabic article prefix ("al-", "ar-", "ad-")
 * dropped, so "Al-Bab", "al Bab" and "Bab" meet, as do "Mossoul" and "MOSSOUL".
 */
public final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern ARTICLE = Pattern.compile("^(?:a[lrdnstz])\\s+(?=\\p{L}{3})");

  private NameKey() {
  }

  public static String of(String name) {
    if (name == null) {
      return "";
    }
    String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String spaced = NON_WORD.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    return ARTICLE.matcher(spaced).replaceFirst("").replace(" ", "");
  }
}
