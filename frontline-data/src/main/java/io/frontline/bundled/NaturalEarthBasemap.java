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
  /** Written from the outlines file by {@code CountrySizesTest}, which checks that the two agree. */
  static final String SIZES = "basemap/country-sizes.tsv";

  private static volatile Basemap sizes;
  private volatile List<Country> countries;
  private final Map<String, List<Feature>> layers = new LinkedHashMap<>();

  private NaturalEarthBasemap() {}

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

  /**
   * The countries' codes, names and geodesic areas without their outlines (which are null), read from a small table
   * instead of the outlines file: for size comparisons, which need no outline.
   */
  public static Basemap sizes() {
    Basemap loaded = sizes;
    if (loaded == null) {
      List<Country> list = List.copyOf(readSizes());
      loaded = () -> list;
      sizes = loaded;
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
      throw new IllegalArgumentException(
          "basemap layer must be admin1, rivers, lakes or land, was '" + name + "'");
    }
    return layers.computeIfAbsent(name, n -> read("basemap/" + n + ".geojson.gz"));
  }

  private static List<Country> readCountries() {
    List<Country> out = new ArrayList<>();
    for (Feature f : read("basemap/countries.geojson.gz")) {
      Map<String, Object> p = f.properties();
      Object area = p.get("area_km2");
      double km2 = area instanceof Number n ? n.doubleValue() : GeodesicArea.km2(f.geometry());
      out.add(new Country(
          (String) p.get("iso_a2"),
          (String) p.get("iso_a3"),
          (String) p.get("name"),
          names(p),
          f.geometry(),
          km2));
    }
    return out;
  }

  /** One line per country: iso2, iso3, name, area (km2, Java's shortest exact form), then language=name columns. */
  static String sizeLine(Country c) {
    StringBuilder line = new StringBuilder(c.iso2())
        .append('\t')
        .append(c.iso3() == null ? "" : c.iso3())
        .append('\t')
        .append(c.name())
        .append('\t')
        .append(Double.toString(c.area_km2()));
    new java.util.TreeMap<>(c.names())
        .forEach(
            (language, name) -> line.append('\t').append(language).append('=').append(name));
    return line.toString();
  }

  private static List<Country> readSizes() {
    List<Country> out = new ArrayList<>();
    try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
        Resources.open(SIZES), java.nio.charset.StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split("\t", -1);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 4; i < f.length; i++) {
          int eq = f[i].indexOf('=');
          names.put(f[i].substring(0, eq), f[i].substring(eq + 1));
        }
        out.add(new Country(
            f[0], f[1].isEmpty() ? null : f[1], f[2], names, null, Double.parseDouble(f[3])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + SIZES, e);
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
