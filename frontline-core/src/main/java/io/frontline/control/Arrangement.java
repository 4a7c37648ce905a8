package io.frontline.control;

import io.frontline.geometry.GeodesicArea;
import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Splits overlapping footprints into faces: all boundaries are noded together (unioned at 1e-7 degree precision) and
 * polygonized, and each face is covered by every footprint that contains its interior point (an atom, once those
 * footprints' candidates are attached, see {@link Layout}). Neighbouring
 * atoms so share their edges vertex for vertex: the atoms form a polygonal coverage, and any set of them dissolves
 * by dropping shared edges (a coverage union) instead of a general overlay.
 */
final class Arrangement {
  private static final PrecisionModel NODING = new PrecisionModel(1e7);
  private final List<Footprint> footprints;

  Arrangement(List<Footprint> footprints) {
    this.footprints = footprints;
  }

  List<Layout.Face> faces() {
    if (footprints.isEmpty()) {
      return List.of();
    }
    List<Geometry> boundaries = footprints.stream().map(f -> f.geometry().getBoundary()).toList();
    Geometry noded = UnaryUnionNG.union(Geometries.FACTORY.buildGeometry(boundaries), NODING);
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    STRtree index = index(footprints);
    List<Layout.Face> faces = new ArrayList<>();
    for (Polygon face : canonical(polygonizer.getPolygons())) {
      List<String> covering = covering(index, face.getInteriorPoint());
      if (!covering.isEmpty()) {
        face.setSRID(Geometries.WGS84);
        faces.add(new Layout.Face(face, GeodesicArea.km2(face), covering));
      }
    }
    return faces;
  }

  private static STRtree index(List<Footprint> footprints) {
    STRtree tree = new STRtree();
    for (Footprint f : footprints) {
      tree.insert(f.geometry().getEnvelopeInternal(), new Prepared(f, PreparedGeometryFactory.prepare(f.geometry())));
    }
    tree.build();
    return tree;
  }

  /**
   * The faces in a fixed order, each in its normal form (the polygonizer's order and ring starts follow hash-set
   * iteration and change from run to run): the same observations give the same atoms, vertex for vertex, so a map
   * or an export made again is identical to the one published.
   */
  private static List<Polygon> canonical(Collection<?> faces) {
    List<Polygon> out = new ArrayList<>();
    for (Object o : faces) {
      Polygon face = (Polygon) o;
      face.normalize();
      out.add(face);
    }
    out.sort(Polygon::compareTo);
    return out;
  }

  /** The keys of the footprints that contain the point, each once, in the index's order. */
  private static List<String> covering(STRtree index, Point point) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object o : index.query(point.getEnvelopeInternal())) {
      Prepared p = (Prepared) o;
      if (p.prepared().contains(point) && seen.add(p.footprint().key())) {
        out.add(p.footprint().key());
      }
    }
    return out;
  }

  private record Prepared(Footprint footprint, PreparedGeometry prepared) {
  }
}
