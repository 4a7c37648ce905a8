package io.frontline.control;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicArea;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.kdtree.KdTree;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * The fixed partition of the ground into cells: the Voronoi cell of every settlement of the gazetteer (and of every
 * observed place) and of the points of a hexagonal grid ({@link ZoneConfig#cellSpacing_km()} apart, where no
 * settlement is nearer than half of that), clipped to its country's outline. The partition depends on the gazetteer,
 * the basemap and the extent only, never on what was observed when: so a place first observed later does not redraw
 * the ground of an earlier date. The Voronoi diagram is computed in a local plane (longitude scaled by the cosine of
 * the country's mean latitude) so that cells follow distance on the ground.
 */
final class Cells {
  /** Cell edges are densified to this length so that their geodesic area does not depend on where others cut them. */
  static final double MAX_SEGMENT_DEG = 0.02;

  private static final double KM_PER_DEG = 111.32;

  /** One cell: its generator (a place, or null for a grid point), where it is, its country and its ground. */
  record Cell(
      Place place, double lon, double lat, String country, Geometry geometry, double area_km2) {}

  private Cells() {}

  /**
   * The cells of {@code countries} inside {@code extent}. {@code observed} are observed places that are not
   * settlements (an airbase, a dam): each gets a cell too.
   */
  static List<Cell> partition(
      Gazetteer gazetteer,
      Basemap basemap,
      ZoneConfig config,
      Collection<String> countries,
      Envelope extent,
      Set<Long> observed) {
    List<Cell> cells = new ArrayList<>();
    for (String iso : countries) {
      Optional<Country> country = basemap.findCountry(iso);
      country.ifPresent(c -> cells.addAll(ofCountry(gazetteer, config, c, extent, observed)));
    }
    return cells;
  }

  private static List<Cell> ofCountry(
      Gazetteer gazetteer,
      ZoneConfig config,
      Country country,
      Envelope extent,
      Set<Long> observed) {
    Envelope area = new Envelope(country.outline().getEnvelopeInternal());
    area = area.intersection(extent);
    if (area.isNull()) {
      return List.of();
    }
    PreparedGeometry outline = PreparedGeometryFactory.prepare(country.outline());
    List<Place> places = new ArrayList<>();
    for (Place p : gazetteer.placesWithin(area)) {
      if (p.country().equals(country.iso2()) && (p.isSettlement() || observed.contains(p.id()))) {
        places.add(p);
      }
    }
    Map<Coordinate, Place> generators = new LinkedHashMap<>();
    Envelope whole = country.outline().getEnvelopeInternal();
    double scale = Math.cos(Math.toRadians((whole.getMinY() + whole.getMaxY()) / 2));
    KdTree near = new KdTree();
    places.sort(java.util.Comparator.comparingLong(Place::id));
    for (Place p : places) {
      Coordinate at = new Coordinate(p.lon() * scale, p.lat());
      if (!generators.containsKey(at)) {
        generators.put(at, p);
        near.insert(at);
      }
    }
    for (Coordinate grid : grid(area, config.cellSpacing_km(), outline)) {
      Coordinate at = new Coordinate(grid.x * scale, grid.y);
      if (farFrom(near, at, config.cellSpacing_km() / 2 / KM_PER_DEG)) {
        generators.put(at, null);
      }
    }
    return voronoi(generators, scale, area, country, outline);
  }

  /** Points of a hexagonal grid inside the outline, {@code spacing_km} apart on the ground. */
  private static List<Coordinate> grid(Envelope area, double spacing_km, PreparedGeometry outline) {
    List<Coordinate> points = new ArrayList<>();
    double dy = spacing_km * Math.sqrt(3) / 2 / KM_PER_DEG;
    int row = 0;
    for (double lat = Math.floor(area.getMinY() / dy) * dy;
        lat <= area.getMaxY();
        lat += dy, row++) {
      double dx = spacing_km / (KM_PER_DEG * Math.cos(Math.toRadians(lat)));
      double offset = (Math.floorMod(Math.round(lat / dy), 2)) * dx / 2;
      for (double lon = Math.floor(area.getMinX() / dx) * dx + offset;
          lon <= area.getMaxX();
          lon += dx) {
        Coordinate c = new Coordinate(lon, lat);
        if (area.contains(c) && outline.contains(Geometries.FACTORY.createPoint(c))) {
          points.add(c);
        }
      }
    }
    return points;
  }

  private static boolean farFrom(KdTree tree, Coordinate at, double deg) {
    Envelope box = new Envelope(at);
    box.expandBy(deg);
    for (Object o : tree.query(box)) {
      Coordinate c = ((org.locationtech.jts.index.kdtree.KdNode) o).getCoordinate();
      if (c.distance(at) < deg) {
        return false;
      }
    }
    return true;
  }

  private static List<Cell> voronoi(
      Map<Coordinate, Place> generators,
      double scale,
      Envelope area,
      Country country,
      PreparedGeometry outline) {
    if (generators.isEmpty()) {
      return List.of();
    }
    List<Cell> cells = new ArrayList<>();
    Envelope frame = new Envelope(
        area.getMinX() * scale, area.getMaxX() * scale, area.getMinY(), area.getMaxY());
    frame.expandBy(1);
    Geometry clip = Geometries.FACTORY.toGeometry(
        new Envelope(area.getMinX(), area.getMaxX(), area.getMinY(), area.getMaxY()));
    Geometry ground = Geometries.intersection(country.outline(), clip);
    PreparedGeometry inside = PreparedGeometryFactory.prepare(ground);
    if (generators.size() == 1) {
      Map.Entry<Coordinate, Place> only = generators.entrySet().iterator().next();
      cells.add(cell(only.getValue(), only.getKey(), scale, country, ground));
      return cells;
    }
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(generators.keySet());
    builder.setClipEnvelope(frame);
    for (Object o : builder.getSubdivision().getVoronoiCellPolygons(Geometries.FACTORY)) {
      Geometry scaled = (Geometry) o;
      Coordinate site = (Coordinate) scaled.getUserData();
      Coordinate key = new Coordinate(site.x, site.y);
      if (!generators.containsKey(key)) {
        continue;
      }
      Geometry lonLat = unscale(scaled, scale);
      Geometry clipped =
          inside.containsProperly(lonLat) ? lonLat : Geometries.intersection(lonLat, ground);
      if (!clipped.isEmpty()) {
        cells.add(cell(generators.get(key), key, scale, country, clipped));
      }
    }
    return cells;
  }

  private static Cell cell(
      Place place, Coordinate scaled, double scale, Country country, Geometry ground) {
    Geometry dense = Densifier.densify(ground, MAX_SEGMENT_DEG);
    dense.setUserData(null);
    return new Cell(
        place, scaled.x / scale, scaled.y, country.iso2(), dense, GeodesicArea.km2(dense));
  }

  private static Geometry unscale(Geometry cell, double scale) {
    Geometry copy = cell.copy();
    copy.apply((CoordinateFilter) c -> c.x = c.x / scale);
    copy.geometryChanged();
    copy.setUserData(null);
    return copy;
  }

  /** The ground distance between two points, in km. */
  static double km(double lat1, double lon1, double lat2, double lon2) {
    return GeodesicCircle.distance_m(lat1, lon1, lat2, lon2) / 1000;
  }
}
