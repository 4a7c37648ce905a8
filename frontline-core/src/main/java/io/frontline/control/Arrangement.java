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
 * Splits overlapping footprints into atoms: all boundaries are noded together (unioned at 1e-7 degree precision) and
 * polygonized, and each face takes the candidates of every footprint that contains its interior point. Neighbouring
 * atoms so share their edges vertex for vertex: the atoms form a polygonal coverage, and any set of them dissolves
 * by dropping shared edges (a coverage union) instead of a general overlay.
 */
final class Arrangement {
  private static final PrecisionModel NODING = new PrecisionModel(1e7);
  private final List<Footprint> footprints;

  Arrangement(List<Footprint> footprints) {
    this.footprints = footprints;
  }

  List<Atom> atoms() {
    return faces(footprints, 0);
  }

  private static Atom atom(int id, Geometry geometry, Collection<Candidate> candidates) {
    return new Atom(id, geometry, GeodesicArea.km2(geometry), new Resolution(candidates));
  }

  private static STRtree index(List<Footprint> footprints) {
    STRtree tree = new STRtree();
    for (Footprint f : footprints) {
      tree.insert(f.geometry().getEnvelopeInternal(), new Prepared(f, PreparedGeometryFactory.prepare(f.geometry())));
    }
    tree.build();
    return tree;
  }

  private static List<Atom> faces(List<Footprint> overlapped, int firstId) {
    if (overlapped.isEmpty()) {
      return List.of();
    }
    List<Geometry> boundaries = overlapped.stream().map(f -> f.geometry().getBoundary()).toList();
    Geometry noded = UnaryUnionNG.union(Geometries.FACTORY.buildGeometry(boundaries), NODING);
    Polygonizer polygonizer = new Polygonizer();
    polygonizer.add(noded);
    STRtree index = index(overlapped);
    List<Atom> atoms = new ArrayList<>();
    for (Polygon face : canonical(polygonizer.getPolygons())) {
      List<Candidate> candidates = covering(index, face.getInteriorPoint());
      if (!candidates.isEmpty()) {
        face.setSRID(Geometries.WGS84);
        atoms.add(atom(firstId + atoms.size(), face, candidates));
      }
    }
    return atoms;
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

  private static List<Candidate> covering(STRtree index, Point point) {
    List<Candidate> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Object o : index.query(point.getEnvelopeInternal())) {
      Prepared p = (Prepared) o;
      if (p.prepared().contains(point) && seen.add(p.footprint().key())) {
        out.addAll(p.footprint().candidates());
      }
    }
    return out;
  }

  private record Prepared(Footprint footprint, PreparedGeometry prepared) {
  }
}
