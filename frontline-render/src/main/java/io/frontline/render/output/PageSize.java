package io.frontline.render.output;

import java.util.Locale;

/**
 * The size of an output in pixels and its resolution. Sizes are "WIDTHxHEIGHT" in pixels, or "a4" / "a4-landscape"
 * at the given dpi (A4 is 210 x 297 mm). Text and line widths scale with the page, so a map looks the same at any
 * size. Limits: 320 to 12,000 pixels a side, 36 to 1200 dpi, at most 64 million pixels.
 */
public record PageSize(int width_px, int height_px, int dpi) {
  public static final int MIN_PX = 320;
  public static final int MAX_PX = 12_000;
  public static final long MAX_PIXELS = 64_000_000L;

  public PageSize {
    if (dpi < 36 || dpi > 1200) {
      throw new IllegalArgumentException("dpi must be between 36 and 1200, was " + dpi);
    }
    if (width_px < MIN_PX || height_px < MIN_PX || width_px > MAX_PX || height_px > MAX_PX) {
      throw new IllegalArgumentException("size must be between " + MIN_PX + " and " + MAX_PX
          + " pixels a side, was " + width_px + "x" + height_px);
    }
    if ((long) width_px * height_px > MAX_PIXELS) {
      throw new IllegalArgumentException("size must be at most 64 million pixels, was " + width_px
          + "x" + height_px + " (" + (long) width_px * height_px / 1_000_000 + " million)");
    }
  }

  /** Parses "1600x1200", "a4" or "a4-landscape"; {@code dpi} sets the pixels of A4 and the resolution recorded. */
  public static PageSize parse(String size, int dpi) {
    String s = size == null ? "" : size.strip().toLowerCase(Locale.ROOT);
    if (s.equals("a4") || s.equals("a4-landscape")) {
      int shortPx = (int) Math.round(210 / 25.4 * dpi);
      int longPx = (int) Math.round(297 / 25.4 * dpi);
      return s.equals("a4")
          ? new PageSize(shortPx, longPx, dpi)
          : new PageSize(longPx, shortPx, dpi);
    }
    String[] wh = s.split("x");
    if (wh.length != 2 || !wh[0].matches("\\d{1,6}") || !wh[1].matches("\\d{1,6}")) {
      throw new IllegalArgumentException(
          "size must be WIDTHxHEIGHT in pixels (e.g. 1600x1200), a4 or a4-landscape," + " was '"
              + size + "'");
    }
    return new PageSize(Integer.parseInt(wh[0]), Integer.parseInt(wh[1]), dpi);
  }

  /** The scale of text and lines relative to the 1600 x 1200 design size. */
  public double unit() {
    return Math.min(width_px / 1600.0, height_px / 1200.0);
  }

  public double widthPt() {
    return width_px * 72.0 / dpi;
  }

  public double heightPt() {
    return height_px * 72.0 / dpi;
  }

  @Override
  public String toString() {
    return width_px + "x" + height_px + " at " + dpi + " dpi";
  }
}
