package io.frontline.testing;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.geometry.GeodesicArea;
import io.frontline.geometry.Geometries;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Countries as lon/lat rectangles, for tests. */
public final class MemoryBasemap implements Basemap {
  private final List<Country> countries;

  public MemoryBasemap(List<Country> countries) {
    this.countries = List.copyOf(countries);
  }

  public static Country box(
      String iso2, String name, double west, double south, double east, double north) {
    Geometry outline = Geometries.FACTORY.toGeometry(new Envelope(west, east, south, north));
    return new Country(iso2, iso2 + "X", name, Map.of(), outline, GeodesicArea.km2(outline));
  }

  @Override
  public List<Country> countries() {
    return countries;
  }
}
