package io.frontline.gazetteer;

import java.util.List;
import java.util.Map;

/**
 * A gazetteer place (GeoNames): id, names, WGS84 coordinates, kind ({@code featureClass} P is a populated place),
 * country (ISO 3166-1 alpha-2), first-level region code and population (0 when unknown).
 * {@code names} holds names per language where the source says which language a name is in.
 */
public record Place(
    long id,
    String name,
    List<String> alternateNames,
    Map<String, String> names,
    double lat,
    double lon,
    String featureClass,
    String featureCode,
    String country,
    String admin1,
    long population) {

  public Place {
    if (id <= 0) {
      throw new IllegalArgumentException("place id must be positive, was " + id);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("place " + id + " needs a name");
    }
    if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "place " + id + " coordinates out of range: lat " + lat + ", lon " + lon);
    }
    if (population < 0) {
      throw new IllegalArgumentException(
          "place " + id + " population must be >= 0, was " + population);
    }
    alternateNames = List.copyOf(alternateNames == null ? List.of() : alternateNames);
    names = Map.copyOf(names == null ? Map.of() : names);
    featureClass = featureClass == null ? "" : featureClass;
    featureCode = featureCode == null ? "" : featureCode;
    country = country == null ? "" : country;
    admin1 = admin1 == null ? "" : admin1;
  }

  public boolean isSettlement() {
    return "P".equals(featureClass);
  }

  /** The name in a language, falling back to the main name. */
  public String name(String language) {
    return names.getOrDefault(language, name);
  }
}
