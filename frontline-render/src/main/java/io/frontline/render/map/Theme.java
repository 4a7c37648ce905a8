package io.frontline.render.map;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The colours of a map. LIGHT for screens and newspapers, DARK for dark pages, PRINT for black-and-white print:
 * grey land, the chosen actor in black, other parties in greys, contested and besieged ground hatched.
 */
public enum Theme {
  LIGHT(
      rgb(0xffffff),
      rgb(0xc6dbe8),
      rgb(0xe9e5dc),
      rgb(0xf8f6f1),
      rgb(0x5b8fbf),
      rgb(0xb4aca0),
      rgb(0x5c554d),
      rgb(0x1f1f1f),
      rgb(0x6b6660),
      rgb(0xffffff),
      rgb(0x8e8880),
      false),
  DARK(
      rgb(0x15191e),
      rgb(0x1d2a36),
      rgb(0x3a3f46),
      rgb(0x4b515a),
      rgb(0x4f86b8),
      rgb(0x6c727b),
      rgb(0xa9afb8),
      rgb(0xf0f0f0),
      rgb(0xb3b8bf),
      rgb(0x15191e),
      rgb(0x6c727b),
      false),
  PRINT(
      rgb(0xffffff),
      rgb(0xe3e3e3),
      rgb(0xf4f4f4),
      rgb(0xffffff),
      rgb(0x8c8c8c),
      rgb(0xb0b0b0),
      rgb(0x3c3c3c),
      rgb(0x000000),
      rgb(0x4d4d4d),
      rgb(0xffffff),
      rgb(0x000000),
      true);

  private final Color page;
  private final Color sea;
  private final Color land;
  private final Color focusLand;
  private final Color river;
  private final Color admin1;
  private final Color border;
  private final Color text;
  private final Color mutedText;
  private final Color halo;
  private final Color frame;
  private final boolean monochrome;

  Theme(
      Color page,
      Color sea,
      Color land,
      Color focusLand,
      Color river,
      Color admin1,
      Color border,
      Color text,
      Color mutedText,
      Color halo,
      Color frame,
      boolean monochrome) {
    this.page = page;
    this.sea = sea;
    this.land = land;
    this.focusLand = focusLand;
    this.river = river;
    this.admin1 = admin1;
    this.border = border;
    this.text = text;
    this.mutedText = mutedText;
    this.halo = halo;
    this.frame = frame;
    this.monochrome = monochrome;
  }

  public static Optional<Theme> find(String name) {
    String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(t -> t.name().equals(n)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static Color rgb(int rgb) {
    return new Color(rgb);
  }

  public Color page() {
    return page;
  }

  public Color sea() {
    return sea;
  }

  public Color land() {
    return land;
  }

  /** Land of the countries the map is about, a shade lighter than their neighbours. */
  public Color focusLand() {
    return focusLand;
  }

  public Color river() {
    return river;
  }

  public Color admin1() {
    return admin1;
  }

  public Color border() {
    return border;
  }

  public Color text() {
    return text;
  }

  public Color mutedText() {
    return mutedText;
  }

  public Color halo() {
    return halo;
  }

  public Color frame() {
    return frame;
  }

  public boolean monochrome() {
    return monochrome;
  }
}
