package io.frontline.render.text;

/**
 * How captions round an area: to three significant figures (98,562.7 km² becomes 98,600), never below 1 km². The
 * exact figure, as {@code frontline figures --json} prints it, is kept in the file's provenance.
 */
public final class AreaRounding {
  private AreaRounding() {}

  public static long round(double km2) {
    if (!(km2 >= 0)) {
      throw new IllegalArgumentException("area must be >= 0 km2, was " + km2);
    }
    if (km2 < 1) {
      return km2 == 0 ? 0 : 1;
    }
    double step = Math.pow(10, Math.max(0, Math.floor(Math.log10(km2)) - 2));
    return Math.round(Math.round(km2 / step) * step);
  }
}
