package io.frontline.control;

import io.frontline.gazetteer.Place;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * What a {@link LayoutMemo} holds, as plain values an adapter can keep between processes: the zones of a set of
 * observed places under one {@link ZoneConfig}, and the layout (faces and settlement slots) of a set of footprint
 * shapes. A memo restored from a snapshot reuses them exactly as it would its own: only for the same configuration
 * and places, and only for footprints of the same keys and shapes, so a snapshot that does not fit is made again,
 * never used. A zone shape's geometry is the zone itself ({@link #zones}), the same object.
 */
public record LayoutSnapshot(ZoneConfig config, List<Long> placeIds, Map<Long, Geometry> zones, List<Shape> shapes,
    List<Face> faces, List<Slot> slots) {

  public LayoutSnapshot {
    placeIds = List.copyOf(placeIds);
    zones = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(zones));
    shapes = List.copyOf(shapes);
    faces = List.copyOf(faces);
    slots = List.copyOf(slots);
  }

  /** The key and shape of a footprint, without its candidates. */
  public record Shape(String key, long placeId, long population, Geometry geometry) {
  }

  /** A face of the arrangement, its geodesic area, and the keys of the footprints that cover it. */
  public record Face(Polygon geometry, double area_km2, List<String> footprints) {
    public Face {
      footprints = List.copyOf(footprints);
    }
  }

  /** A settlement or observed place, whether it is observed, and the keys of the footprints it takes candidates from. */
  public record Slot(Place place, boolean observed, List<String> footprints) {
    public Slot {
      footprints = List.copyOf(footprints);
    }
  }
}
