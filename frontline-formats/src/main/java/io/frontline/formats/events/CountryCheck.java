package io.frontline.formats.events;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.gazetteer.NameKey;
import io.frontline.geometry.Geometries;
import java.util.HashMap;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Tells swapped coordinates by the country a row names: a point outside that country whose swap (lat as lon, lon as
 * lat) lies inside it. A point merely outside (an event on a border, a coarse outline) is not a finding.
 */
final class CountryCheck {
  private final Map<String, PreparedGeometry> byName = new HashMap<>();

  CountryCheck(Basemap basemap) {
    if (basemap == null) {
      return;
    }
    for (Country c : basemap.countries()) {
      PreparedGeometry outline = PreparedGeometryFactory.prepare(c.outline());
      byName.putIfAbsent(NameKey.of(c.name()), outline);
      c.names().values().forEach(n -> byName.putIfAbsent(NameKey.of(n), outline));
      byName.putIfAbsent(NameKey.of(c.iso2()), outline);
      if (c.iso3() != null) {
        byName.putIfAbsent(NameKey.of(c.iso3()), outline);
      }
    }
  }

  /** True when the row's point is outside {@code country} and the swapped point inside it. */
  boolean swapped(String country, double lon, double lat) {
    PreparedGeometry outline = country.isEmpty() ? null : byName.get(NameKey.of(country));
    if (outline == null || Math.abs(lon) > 90) {
      return false;
    }
    return !covers(outline, lon, lat) && covers(outline, lat, lon);
  }

  private static boolean covers(PreparedGeometry outline, double lon, double lat) {
    return outline.covers(Geometries.FACTORY.createPoint(new Coordinate(lon, lat)));
  }
}
