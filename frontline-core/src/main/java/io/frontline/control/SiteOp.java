package io.frontline.control;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the settlements inside the observed ground. An observed place always takes its own zone's candidates, even
 * when its point lies just outside the clipped zone (a town on a border line). Other settlements take the candidates
 * of the drawn areas that contain them, and of the zone that contains them unless they are more populous than that
 * zone's place: a report about a town does not speak for a larger neighbour.
 */
final class SiteOp {
  private final Gazetteer gazetteer;
  private final List<Footprint> footprints;

  SiteOp(Gazetteer gazetteer, List<Footprint> footprints) {
    this.gazetteer = gazetteer;
    this.footprints = footprints;
  }

  List<Layout.Slot> slots() {
    Envelope extent = ControlIndexBuilder.extent(footprints);
    if (extent == null) {
      return List.of();
    }
    Map<Long, Footprint> zones = footprints.stream().filter(Footprint::isZone)
        .collect(Collectors.toMap(Footprint::placeId, Function.identity()));
    STRtree index = new STRtree();
    footprints.forEach(f -> index.insert(f.geometry().getEnvelopeInternal(),
        new Entry(f, PreparedGeometryFactory.prepare(f.geometry()))));
    List<Layout.Slot> slots = new ArrayList<>();
    for (Place place : gazetteer.placesWithin(extent)) {
      Footprint own = zones.get(place.id());
      if (!place.isSettlement() && own == null) {
        continue;
      }
      List<String> speaking = speaking(index, place, own);
      if (!speaking.isEmpty()) {
        slots.add(new Layout.Slot(place, own != null, speaking));
      }
    }
    return slots;
  }

  /** The keys of the footprints whose candidates the place takes: its own zone first. */
  private static List<String> speaking(STRtree index, Place place, Footprint own) {
    Point point = io.frontline.geometry.Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()));
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>();
    if (own != null) {
      seen.add(own.key());
      out.add(own.key());
    }
    for (Object o : index.query(point.getEnvelopeInternal())) {
      Entry e = (Entry) o;
      if (!seen.contains(e.footprint().key()) && e.prepared().covers(point)) {
        seen.add(e.footprint().key());
        boolean speaksFor = !e.footprint().isZone() || own == null && e.footprint().population() >= place.population();
        if (speaksFor) {
          out.add(e.footprint().key());
        }
      }
    }
    return out;
  }

  private record Entry(Footprint footprint, PreparedGeometry prepared) {
  }
}
