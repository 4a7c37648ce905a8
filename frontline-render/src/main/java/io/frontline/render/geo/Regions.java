package io.frontline.render.geo;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.gazetteer.NameKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;

/**
 * Named map extents: a few presets for the regions Frontline ships data for, and any country of the basemap by name
 * (in any of its languages) or ISO code, with a margin of context around it.
 */
public final class Regions {
  /** The default extent: Iraq and Syria with parts of their neighbours for context. */
  public static final Extent IRAQ_SYRIA = new Extent(34.6, 29.4, 48.6, 38.0);

  private static final Map<String, Extent> PRESETS = presets();
  private static final double COUNTRY_MARGIN = 0.08;

  private Regions() {}

  private static Map<String, Extent> presets() {
    Map<String, Extent> m = new LinkedHashMap<>();
    m.put("iraq-syria", IRAQ_SYRIA);
    m.put("levant", new Extent(33.8, 29.4, 42.6, 37.4));
    m.put("middle-east", new Extent(25.0, 12.0, 63.0, 42.0));
    m.put("mosul", new Extent(42.2, 35.6, 44.2, 37.0));
    m.put("raqqa-deir-ez-zor", new Extent(37.8, 34.2, 41.4, 36.6));
    return m;
  }

  /** The preset names, for help texts and error messages. */
  public static List<String> presetNames() {
    return new ArrayList<>(PRESETS.keySet());
  }

  /** A preset, or a country by name in any language or by ISO 3166 code. */
  public static Optional<Extent> find(String name, Basemap basemap) {
    String key = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
    if (PRESETS.containsKey(key)) {
      return Optional.of(PRESETS.get(key));
    }
    String wanted = NameKey.of(name == null ? "" : name);
    return basemap.countries().stream()
        .filter(c -> matches(c, wanted, key))
        .findFirst()
        .map(c -> Extent.of(c.outline().getEnvelopeInternal()).grow(COUNTRY_MARGIN));
  }

  private static boolean matches(Country c, String wanted, String lower) {
    if (c.iso2().equalsIgnoreCase(lower) || c.iso3() != null && c.iso3().equalsIgnoreCase(lower)) {
      return true;
    }
    return NameKey.of(c.name()).equals(wanted)
        || c.names().values().stream().anyMatch(n -> NameKey.of(n).equals(wanted));
  }

  /** The extent of a geodesic disc of {@code radius_km} around a point. */
  public static Extent around(double lat, double lon, double radius_km) {
    if (!(radius_km >= 1 && radius_km <= 2000)) {
      throw new IllegalArgumentException("radius must be between 1 and 2000 km, was " + radius_km);
    }
    double m = radius_km * 1000;
    GeodesicData north = Geodesic.WGS84.Direct(lat, lon, 0, m);
    GeodesicData south = Geodesic.WGS84.Direct(lat, lon, 180, m);
    GeodesicData east = Geodesic.WGS84.Direct(lat, lon, 90, m);
    GeodesicData west = Geodesic.WGS84.Direct(lat, lon, 270, m);
    return new Extent(west.lon2, south.lat2, east.lon2, north.lat2);
  }
}
