package io.frontline.gazetteer;

/**
 * How far apart two spellings of a name are: the edit distance (insertions, deletions, substitutions) between their
 * {@link NameKey}s, so that "Jisr al-Shugur" and "Jisr ash Shughur" are 3 edits apart and case, accents and
 * punctuation cost nothing.
 */
public final class NameDistance {
  private NameDistance() {}

  /** The edit distance between the keys of two names. */
  public static int between(String a, String b) {
    return keys(NameKey.of(a), NameKey.of(b));
  }

  /** The edit distance between two keys. */
  public static int keys(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The most edits a near spelling of a key may take: one per four letters, at least one, at most four. */
  public static int tolerance(String key) {
    return Math.max(1, Math.min(4, key.length() / 4));
  }
}
