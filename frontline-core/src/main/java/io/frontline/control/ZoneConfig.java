package io.frontline.control;

/**
 * How a place observation becomes an area: the place's Voronoi cell among all observed places, clipped to the
 * place's country (Natural Earth outline) when {@code clipToCountry}, and to a geodesic disc of {@code radius_km}.
 */
public record ZoneConfig(double radius_km, boolean clipToCountry, int circleSegments) {
  public static final ZoneConfig DEFAULT = new ZoneConfig(35, true, 72);

  public ZoneConfig {
    if (!(radius_km >= 1 && radius_km <= 500)) {
      throw new IllegalArgumentException("zone radius must be between 1 and 500 km, was " + radius_km);
    }
    if (circleSegments < 8 || circleSegments > 720) {
      throw new IllegalArgumentException("circle segments must be between 8 and 720, was " + circleSegments);
    }
  }

  public ZoneConfig withRadius(double km) {
    return new ZoneConfig(km, clipToCountry, circleSegments);
  }

  public String describe() {
    return "Voronoi cell among observed places" + (clipToCountry ? ", clipped to the country" : "")
        + " and to " + Math.round(radius_km) + " km";
  }
}
