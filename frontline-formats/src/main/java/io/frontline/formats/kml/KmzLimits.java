package io.frontline.formats.kml;

/**
 * Limits that keep a hostile KMZ (a zip bomb) from exhausting memory or disk: at most {@code maxEntries} entries, at
 * most {@code maxUncompressedBytes} inflated from the KML entry, and no entry of more than {@code ratioCheckBytes}
 * inflated bytes expanding more than {@code maxRatio} times its compressed size. Bytes are counted while inflating;
 * the sizes a zip declares are not trusted.
 */
public record KmzLimits(
    int maxEntries, long maxUncompressedBytes, long ratioCheckBytes, int maxRatio) {
  public static final int DEFAULT_MAX_ENTRIES = 1_000;
  public static final long DEFAULT_MAX_UNCOMPRESSED_BYTES = 200L << 20;
  public static final long DEFAULT_RATIO_CHECK_BYTES = 1L << 20;
  public static final int DEFAULT_MAX_RATIO = 100;

  public KmzLimits {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, was " + maxEntries);
    }
    if (maxUncompressedBytes < 1 || ratioCheckBytes < 0) {
      throw new IllegalArgumentException(
          "byte limits must be positive, were " + maxUncompressedBytes + " and " + ratioCheckBytes);
    }
    if (maxRatio < 1) {
      throw new IllegalArgumentException("maxRatio must be >= 1, was " + maxRatio);
    }
  }

  /** 1,000 entries, 200 MiB inflated, 100:1 on entries over 1 MiB. */
  public static KmzLimits defaults() {
    return new KmzLimits(
        DEFAULT_MAX_ENTRIES,
        DEFAULT_MAX_UNCOMPRESSED_BYTES,
        DEFAULT_RATIO_CHECK_BYTES,
        DEFAULT_MAX_RATIO);
  }

  public KmzLimits withMaxUncompressedBytes(long bytes) {
    return new KmzLimits(maxEntries, bytes, ratioCheckBytes, maxRatio);
  }

  public KmzLimits withMaxEntries(int entries) {
    return new KmzLimits(entries, maxUncompressedBytes, ratioCheckBytes, maxRatio);
  }
}
