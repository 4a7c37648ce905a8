package io.frontline.control;

/**
 * How a place observation becomes an area: the place's Voronoi cell among all observed places and the unobserved
 * cities that anchor their own ground (at least {@code anchorPopulation} people and more than {@code anchorDistance_km}
 * from every observed place), clipped to the place's country (Natural Earth outline) when {@code clipToCountry}, and
 * to a geodesic disc of {@code radius_km}. {@code impliedDays} bounds how long before a place's first observation the
 * previous holder that observation names is taken to have held it.
 */
public record ZoneConfig(double radius_km, boolean clipToCountry, int circleSegments, long anchorPopulation,
    double anchorDistance_km, int impliedDays) {
  public static final ZoneConfig DEFAULT = new ZoneConfig(35, true, 72, 100_000, 10, 365);

  public ZoneConfig {
    if (!(radius_km >= 1 && radius_km <= 500)) {
      throw new IllegalArgumentException("zone radius must be between 1 and 500 km, was " + radius_km);
    }
    if (circleSegments < 8 || circleSegments > 720) {
      throw new IllegalArgumentException("circle segments must be between 8 and 720, was " + circleSegments);
    }
    if (impliedDays < 0 || impliedDays > 36_500) {
      throw new IllegalArgumentException("implied days must be between 0 and 36500, was " + impliedDays);
    }
    if (anchorPopulation < 1 || !(anchorDistance_km >= 0)) {
      throw new IllegalArgumentException("anchor population must be >= 1 and anchor distance >= 0 km, were "
          + anchorPopulation + " and " + anchorDistance_km);
    }
  }

  public ZoneConfig withRadius(double km) {
    return new ZoneConfig(km, clipToCountry, circleSegments, anchorPopulation, anchorDistance_km, impliedDays);
  }

  public String describe() {
    return String.format(java.util.Locale.ROOT, "Voronoi cell among observed places and unobserved cities of %,d+"
        + " people more than %.0f km from them%s, and within %.0f km", anchorPopulation, anchorDistance_km,
        clipToCountry ? ", clipped to the country" : "", radius_km);
  }
}
