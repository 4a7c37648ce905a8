package io.frontline.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * The deaths a dataset counts for an event: the best estimate, a low and a high estimate (equal to the best when
 * the dataset gives one figure), and the parts it breaks the count into where it does (UCDP: {@code side_a},
 * {@code side_b}, {@code civilians}, {@code unknown}).
 */
public record Fatalities(int best, int low, int high, Map<String, Integer> parts) {
  public Fatalities {
    if (low < 0 || best < low || high < best) {
      throw new IllegalArgumentException("fatalities must satisfy 0 <= low <= best <= high, were "
          + low + ", " + best + ", " + high);
    }
    parts = Map.copyOf(parts == null ? Map.of() : parts);
    if (parts.values().stream().anyMatch(v -> v == null || v < 0)) {
      throw new IllegalArgumentException("fatality parts must be >= 0, were " + parts);
    }
  }

  /** One figure, no range and no parts (ACLED). */
  public static Fatalities of(int count) {
    return new Fatalities(count, count, count, Map.of());
  }

  /** The parts in name order, for stable output. */
  public Map<String, Integer> sortedParts() {
    return new TreeMap<>(parts);
  }
}
