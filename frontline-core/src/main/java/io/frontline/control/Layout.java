package io.frontline.control;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Polygon;

/**
 * The geometry of a set of footprints, apart from what was observed in them: the faces of their arrangement and the
 * settlements they cover, each with the keys of the footprints that speak for it. The atoms and sites of an index
 * are a layout with the footprints' candidates attached, so a layout serves again for as long as the footprints keep
 * their shapes (new observations of places already observed).
 */
final class Layout {
  /** A face of the arrangement, its geodesic area, and the footprints that cover it. */
  record Face(Polygon geometry, double area_km2, List<String> footprints) {
  }

  /** A settlement (or an observed place), whether it is observed itself, and the footprints it takes candidates from. */
  record Slot(Place place, boolean observed, List<String> footprints) {
  }

  private final List<Footprint> shapes;
  private final List<Face> faces;
  private final List<Slot> slots;

  private Layout(List<Footprint> shapes, List<Face> faces, List<Slot> slots) {
    this.shapes = List.copyOf(shapes);
    this.faces = faces;
    this.slots = slots;
  }

  static Layout of(Gazetteer gazetteer, List<Footprint> footprints) {
    return new Layout(footprints, new Arrangement(footprints).faces(), new SiteOp(gazetteer, footprints).slots());
  }

  /** Whether these footprints have the keys and shapes, in the same order, that this layout was made of. */
  boolean fits(List<Footprint> footprints) {
    if (footprints.size() != shapes.size()) {
      return false;
    }
    for (int i = 0; i < shapes.size(); i++) {
      Footprint a = shapes.get(i);
      Footprint b = footprints.get(i);
      boolean sameShape = a.geometry() == b.geometry() || a.geometry().equalsExact(b.geometry());
      if (!a.key().equals(b.key()) || a.population() != b.population() || !sameShape) {
        return false;
      }
    }
    return true;
  }

  /** The atoms: each face with the candidates of its footprints (faces none of which has a candidate are left out). */
  List<Atom> atoms(List<Footprint> footprints) {
    return attach(faces, Face::footprints, footprints,
        (face, resolution, id) -> new Atom(id, face.geometry(), face.area_km2(), resolution));
  }

  /** The sites: each settlement with the candidates of the footprints that speak for it. */
  List<Site> sites(List<Footprint> footprints) {
    return attach(slots, Slot::footprints, footprints,
        (slot, resolution, n) -> new Site(slot.place(), slot.observed(), resolution));
  }

  /** Makes one result for each item whose footprints have candidates; {@code n} counts the results made. */
  private interface Maker<T, R> {
    R make(T item, Resolution resolution, int n);
  }

  private static <T, R> List<R> attach(List<T> items, Function<T, List<String>> keys, List<Footprint> footprints,
      Maker<T, R> maker) {
    Map<String, Footprint> byKey = byKey(footprints);
    List<R> out = new ArrayList<>();
    for (T item : items) {
      List<Candidate> candidates = candidates(byKey, keys.apply(item));
      if (!candidates.isEmpty()) {
        out.add(maker.make(item, new Resolution(candidates), out.size()));
      }
    }
    return out;
  }

  private static Map<String, Footprint> byKey(List<Footprint> footprints) {
    Map<String, Footprint> byKey = new HashMap<>();
    footprints.forEach(f -> byKey.put(f.key(), f));
    return byKey;
  }

  private static List<Candidate> candidates(Map<String, Footprint> byKey, List<String> keys) {
    List<Candidate> out = new ArrayList<>();
    for (String key : keys) {
      out.addAll(byKey.get(key).candidates());
    }
    return out;
  }
}
