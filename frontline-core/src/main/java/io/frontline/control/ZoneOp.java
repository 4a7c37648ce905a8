package io.frontline.control;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Builds the zone of every observed place (see {@link ZoneConfig}). The Voronoi diagram is computed in a local
 * equirectangular plane (longitude scaled by the cosine of the mean latitude) so that cells follow distance on the
 * ground; the disc is geodesic.
 */
public final class ZoneOp {
  /**
   * Zone edges are densified to this length so that their geodesic area does not change when an overlapping area
   * adds vertices along them (area treats every edge as a geodesic).
   */
  static final double MAX_SEGMENT_DEG = 0.02;
  private final Basemap basemap;
  private final ZoneConfig config;
  private final Map<String, Optional<PreparedGeometry>> countries = new HashMap<>();

  public ZoneOp(Basemap basemap, ZoneConfig config) {
    this.basemap = basemap;
    this.config = config;
  }

  /**
   * Zones by place id; a place whose zone is empty after clipping is left out. {@code anchors} are unobserved cities:
   * they take part in the Voronoi diagram so that ground nearer to them than to any observed place is not claimed.
   */
  public Map<Long, Geometry> zones(Collection<Place> places, Collection<Place> anchors) {
    if (places.isEmpty()) {
      return Map.of();
    }
    double scale = Math.cos(Math.toRadians(places.stream().mapToDouble(Place::lat).average().orElse(0)));
    List<Place> sites = new ArrayList<>(places);
    sites.addAll(anchors);
    Map<Long, Geometry> zones = new LinkedHashMap<>();
    Set<Place> observed = new HashSet<>(places);
    for (Map.Entry<Place, Geometry> cell : cells(sites, scale).entrySet()) {
      if (!observed.contains(cell.getKey())) {
        continue;
      }
      Geometry zone = Densifier.densify(clip(cell.getKey(), cell.getValue()), MAX_SEGMENT_DEG);
      if (!zone.isEmpty()) {
        zones.put(cell.getKey().id(), zone);
      }
    }
    return zones;
  }

  private Map<Place, Geometry> cells(Collection<Place> places, double scale) {
    Map<Coordinate, List<Place>> bySite = new LinkedHashMap<>();
    for (Place p : places) {
      bySite.computeIfAbsent(new Coordinate(p.lon() * scale, p.lat()), k -> new ArrayList<>()).add(p);
    }
    Map<Place, Geometry> cells = new LinkedHashMap<>();
    if (bySite.size() == 1) {
      Map.Entry<Coordinate, List<Place>> only = bySite.entrySet().iterator().next();
      only.getValue().forEach(p -> cells.put(p, null));
      return cells;
    }
    Envelope extent = new Envelope();
    bySite.keySet().forEach(extent::expandToInclude);
    extent.expandBy(10);
    VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
    builder.setSites(bySite.keySet());
    builder.setClipEnvelope(extent);
    Geometry frame = Geometries.FACTORY.toGeometry(extent);
    for (Object o : builder.getSubdivision().getVoronoiCellPolygons(Geometries.FACTORY)) {
      Geometry cell = (Geometry) o;
      Coordinate site = (Coordinate) cell.getUserData();
      Geometry lonLat = unscale(Geometries.intersection(cell, frame), scale);
      bySite.get(new Coordinate(site.x, site.y)).forEach(p -> cells.put(p, lonLat));
    }
    return cells;
  }

  private static Geometry unscale(Geometry cell, double scale) {
    Geometry copy = cell.copy();
    copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> c.x = c.x / scale);
    copy.geometryChanged();
    copy.setUserData(null);
    return copy;
  }

  private Geometry clip(Place place, Geometry cell) {
    Geometry disc = GeodesicCircle.around(place.lat(), place.lon(), config.radius_km() * 1000, config.circleSegments(),
        Geometries.FACTORY);
    Geometry zone = cell == null ? disc : Geometries.intersection(cell, disc);
    if (!config.clipToCountry() || zone.isEmpty()) {
      return zone;
    }
    Optional<PreparedGeometry> country = countries.computeIfAbsent(place.country(),
        iso -> basemap.findCountry(iso).map(Country::outline).map(PreparedGeometryFactory::prepare));
    if (country.isEmpty() || country.get().contains(zone)) {
      return zone;
    }
    return Geometries.intersection(zone, country.get().getGeometry());
  }
}
