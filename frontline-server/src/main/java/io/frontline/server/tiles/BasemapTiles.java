package io.frontline.server.tiles;

import io.frontline.basemap.Country;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.Feature;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.server.engine.Lru;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * The basemap as vector tiles, from the bundled Natural Earth layers and the gazetteer: {@code land},
 * {@code countries} (borders as lines), {@code admin1} (provinces), {@code lakes}, {@code rivers},
 * {@code country_labels} (names per language) and {@code places} (settlements, fewer at low zooms, with names per
 * language where they differ). Geometries are simplified once per zoom to about half a pixel; encoded tiles are cached, as the basemap never changes while the server runs.
 */
public final class BasemapTiles {
  static final List<String> LANGUAGES = List.of("en", "nl", "fr", "de", "ar");
  private final NaturalEarthBasemap basemap;
  private final Gazetteer gazetteer;
  private final Map<Integer, List<TileLayer>> shapes = new ConcurrentHashMap<>();
  private final Map<Integer, TileLayer> placesByZoom = new ConcurrentHashMap<>();
  private final Lru<TileKey, byte[]> tiles = new Lru<>(8192);
  private volatile List<Place> places;

  public BasemapTiles(NaturalEarthBasemap basemap, Gazetteer gazetteer) {
    this.basemap = basemap;
    this.gazetteer = gazetteer;
  }

  public byte[] tile(TileKey key) {
    return tiles.get(key, k -> TileEncoder.encode(k, layers(Math.min(k.z(), 12))));
  }

  /** The layers of a zoom: shapes shared by a bucket of zooms (simplified for its finest), places per zoom. */
  List<TileLayer> layers(int zoom) {
    int bucket = zoom <= 2 ? 2 : zoom <= 4 ? 4 : zoom <= 6 ? 6 : zoom <= 8 ? 8 : 11;
    List<TileLayer> out = new ArrayList<>(shapes.computeIfAbsent(bucket, this::shapes));
    out.add(placesByZoom.computeIfAbsent(zoom, z -> new TileLayer("places", places(z))));
    return out;
  }

  private List<TileLayer> shapes(int zoom) {
    double tolerance = new TileKey(zoom, 0, 0).degreesPerPixel() / 2;
    List<TileLayer> out = new ArrayList<>();
    out.add(new TileLayer("land", features("land", tolerance, false)));
    out.add(new TileLayer("countries", countries(tolerance)));
    if (zoom >= 4) {
      out.add(new TileLayer("admin1", features("admin1", tolerance, true)));
    }
    out.add(new TileLayer("lakes", features("lakes", tolerance, false)));
    out.add(new TileLayer("rivers", features("rivers", tolerance, false)));
    out.add(new TileLayer("country_labels", countryLabels()));
    return out;
  }

  /** A layer's features, simplified and cut into small pieces; with {@code outlines}, polygons as their boundaries. */
  private List<TileLayer.Item> features(String layer, double tolerance, boolean outlines) {
    List<TileLayer.Item> items = new ArrayList<>();
    for (Feature f : basemap.layer(layer)) {
      Geometry g = simplify(f.geometry(), tolerance);
      if (g != null && !g.isEmpty()) {
        Map<String, Object> a = new LinkedHashMap<>();
        f.properties().forEach((k, v) -> {
          if (v instanceof String || v instanceof Number) {
            a.put(k, v);
          }
        });
        Splitter.split(outlines ? g.getBoundary() : g)
            .forEach(piece -> items.add(new TileLayer.Item(piece, a)));
      }
    }
    return items;
  }

  /** Country borders as lines (each border twice, once per country: drawn the same). */
  private List<TileLayer.Item> countries(double tolerance) {
    List<TileLayer.Item> items = new ArrayList<>();
    for (Country c : basemap.countries()) {
      Geometry g = simplify(c.outline(), tolerance);
      if (g != null && !g.isEmpty()) {
        Map<String, Object> a = Map.of("iso2", c.iso2());
        Splitter.split(g.getBoundary()).forEach(piece -> items.add(new TileLayer.Item(piece, a)));
      }
    }
    return items;
  }

  private List<TileLayer.Item> countryLabels() {
    List<TileLayer.Item> items = new ArrayList<>();
    for (Country c : basemap.countries()) {
      if (c.area_km2() > 2_000) {
        Geometry biggest = largestPart(c.outline());
        items.add(new TileLayer.Item(
            biggest.getInteriorPoint(),
            names(c, Map.of("iso2", c.iso2(), "area_km2", Math.round(c.area_km2())))));
      }
    }
    return items;
  }

  private List<TileLayer.Item> places(int zoom) {
    long min = zoom <= 4
        ? 1_000_000
        : zoom == 5 ? 300_000 : zoom == 6 ? 100_000 : zoom == 7 ? 30_000 : zoom == 8 ? 10_000 : 0;
    List<TileLayer.Item> items = new ArrayList<>();
    for (Place p : allPlaces()) {
      if (p.isSettlement() && p.population() >= min) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", p.id());
        TilePlaceNames.put(a, p);
        a.put("population", p.population());
        a.put("country", p.country());
        items.add(new TileLayer.Item(
            Geometries.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())), a));
      }
    }
    return items;
  }

  private List<Place> allPlaces() {
    List<Place> p = places;
    if (p == null) {
      p = gazetteer.placesWithin(new Envelope(-180, 180, -90, 90));
      places = p;
    }
    return p;
  }

  private static Map<String, Object> names(Country c, Map<String, Object> base) {
    Map<String, Object> a = new LinkedHashMap<>(base);
    a.put("name", c.name());
    for (String lang : LANGUAGES) {
      a.put("name_" + lang, c.name(lang));
    }
    return a;
  }

  private static Geometry largestPart(Geometry g) {
    Geometry best = g.getGeometryN(0);
    for (int i = 1; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getArea() > best.getArea()) {
        best = g.getGeometryN(i);
      }
    }
    return best;
  }

  private static Geometry simplify(Geometry g, double tolerance) {
    return g == null ? null : DouglasPeuckerSimplifier.simplify(g, tolerance);
  }
}
