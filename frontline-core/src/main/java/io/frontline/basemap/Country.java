package io.frontline.basemap;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A country outline (Natural Earth), with its names per language and its geodesic area. */
public record Country(
    String iso2,
    String iso3,
    String name,
    Map<String, String> names,
    Geometry outline,
    double area_km2) {
  public Country {
    if (iso2 == null || !iso2.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "country code must be ISO 3166-1 alpha-2, was '" + iso2 + "'");
    }
    names = Map.copyOf(names == null ? Map.of() : names);
  }

  public String name(String language) {
    return names.getOrDefault(language, name);
  }
}
