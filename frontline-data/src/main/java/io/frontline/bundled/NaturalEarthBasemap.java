package io.frontline.bundled;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.formats.Feature;
import io.frontline.formats.geojson.GeoJsonReader;
import io.frontline.geometry.GeodesicArea;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The bundled Natural Earth basemap (public domain): country outlines at 1:10m, and admin-1 regions, rivers, lakes
 * and land for drawing. Layers load on first use and are shared: the data is immutable. Country areas are the
 * geodesic areas written into the file when it was made (the same algorithm; {@code NaturalEarthBasemapTest} checks).
 */
public final class NaturalEarthBasemap implements Basemap {
  private static final NaturalEarthBasemap SHARED = new NaturalEarthBasemap();
  private volatile List<Country> countries;
  private final Map<String, List<Feature>> layers = new LinkedHashMap<>();

  private NaturalEarthBasemap() {
  }

  public static NaturalEarthBasemap shared() {
    return SHARED;
  }

  @Override
  public List<Country> countries() {
    List<Country> loaded = countries;
    if (loaded == null) {
      synchronized (this) {
        if (countries == null) {
          countries = List.copyOf(readCountries());
        }
        loaded = countries;
      }
    }
    return loaded;
  }

  @Override
  public Optional<Country> findCountry(String iso2) {
    return countries().stream().filter(c -> c.iso2().equalsIgnoreCase(iso2)).findFirst();
  }

  /** A drawing layer: "admin1", "rivers", "lakes" or "land". */
  public synchronized List<Feature> layer(String name) {
    if (!List.of("admin1", "rivers", "lakes", "land").contains(name)) {
      throw new IllegalArgumentException("basemap layer must be admin1, rivers, lakes or land, was '" + name + "'");
    }
    return layers.computeIfAbsent(name, n -> read("basemap/" + n + ".geojson.gz"));
  }

  private static List<Country> readCountries() {
    List<Country> out = new ArrayList<>();
    for (Feature f : read("basemap/countries.geojson.gz")) {
      Map<String, Object> p = f.properties();
      Object area = p.get("area_km2");
      double km2 = area instanceof Number n ? n.doubleValue() : GeodesicArea.km2(f.geometry());
      out.add(new Country((String) p.get("iso_a2"), (String) p.get("iso_a3"), (String) p.get("name"), names(p),
          f.geometry(), km2));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, String> names(Map<String, Object> properties) {
    Object names = properties.get("names");
    return names instanceof Map<?, ?> m ? (Map<String, String>) m : Map.of();
  }

  private static List<Feature> read(String path) {
    try (InputStream in = Resources.open(path)) {
      return GeoJsonReader.readFeatures(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + path, e);
    }
  }
}
