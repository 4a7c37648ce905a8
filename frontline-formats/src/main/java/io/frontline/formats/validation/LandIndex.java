package io.frontline.formats.validation;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which country a geometry lies in, from the world basemap's outlines. A geometry within
 * {@value #COAST_TOLERANCE_DEGREES} degrees (about 2 km) of a country counts as on land, so a coastal town or a
 * harbour drawn over the shoreline of a 1:10m outline is not "at sea". The index is built on first use.
 */
public final class LandIndex {
  /** How far off a country's outline a geometry may lie and still count as on land: 0.02 degrees, about 2 km. */
  public static final double COAST_TOLERANCE_DEGREES = 0.02;

  private final Basemap basemap;
  private STRtree tree;

  public LandIndex(Basemap basemap) {
    this.basemap = basemap;
  }

  /** True when the basemap has countries to check against. */
  public boolean isEmpty() {
    return basemap.countries().isEmpty();
  }

  /** True when the geometry touches or nearly touches a country. */
  public boolean onLand(Geometry geometry) {
    return candidates(geometry).stream().anyMatch(c -> near(c, geometry));
  }

  /**
   * The country the geometry lies in: the one holding its interior point, else the one it overlaps most, else the
   * nearest within the tolerance; empty when it lies outside every country.
   */
  public Optional<Country> countryOf(Geometry geometry) {
    List<Outline> candidates = candidates(geometry);
    Point inside = geometry.getInteriorPoint();
    return candidates.stream()
        .filter(c -> c.prepared().contains(inside))
        .map(Outline::country)
        .findFirst()
        .or(() -> candidates.stream()
            .filter(c -> c.prepared().intersects(geometry))
            .max(Comparator.comparingDouble(
                c -> c.country().outline().intersection(geometry).getArea()))
            .map(Outline::country))
        .or(() -> candidates.stream()
            .filter(c -> near(c, geometry))
            .map(Outline::country)
            .findFirst());
  }

  private static boolean near(Outline outline, Geometry geometry) {
    return outline.prepared().intersects(geometry)
        || outline.country().outline().isWithinDistance(geometry, COAST_TOLERANCE_DEGREES);
  }

  @SuppressWarnings("unchecked")
  private synchronized List<Outline> candidates(Geometry geometry) {
    if (tree == null) {
      tree = build(basemap.countries());
    }
    Envelope search = new Envelope(geometry.getEnvelopeInternal());
    search.expandBy(COAST_TOLERANCE_DEGREES);
    return (List<Outline>) tree.query(search);
  }

  private static STRtree build(List<Country> countries) {
    STRtree tree = new STRtree();
    for (Country country : countries) {
      tree.insert(
          country.outline().getEnvelopeInternal(),
          new Outline(country, PreparedGeometryFactory.prepare(country.outline())));
    }
    tree.build();
    return tree;
  }

  private record Outline(Country country, PreparedGeometry prepared) {}
}
