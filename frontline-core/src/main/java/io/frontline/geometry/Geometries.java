package io.frontline.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Shared geometry factory and robust overlay helpers for lon/lat (WGS84, SRID 4326) geometries. */
public final class Geometries {
  public static final int WGS84 = 4326;
  public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);

  private Geometries() {}

  /** Intersection that falls back to snapping and snap-rounding when plain overlay fails (OverlayNGRobust). */
  public static Geometry intersection(Geometry a, Geometry b) {
    return polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION));
  }

  public static Geometry difference(Geometry a, Geometry b) {
    return polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.DIFFERENCE));
  }

  public static Geometry union(Collection<? extends Geometry> parts) {
    if (parts.isEmpty()) {
      return FACTORY.createMultiPolygon();
    }
    return polygonal(UnaryUnionOp.union(List.copyOf(parts)));
  }

  /**
   * Dissolves polygons that form a coverage (no overlaps, neighbours share their edges vertex for vertex, as atoms
   * do): a coverage union, which only drops shared edges, in a fraction of an overlay's time. Should the parts not be
   * a clean coverage after all, the general union does it.
   */
  public static Geometry dissolveCoverage(Collection<? extends Geometry> parts) {
    if (parts.isEmpty()) {
      return FACTORY.createMultiPolygon();
    }
    try {
      Geometry union = polygonal(CoverageUnion.union(FACTORY.buildGeometry(List.copyOf(parts))));
      if (union.isValid()) {
        return union;
      }
    } catch (RuntimeException e) {
      // not a clean coverage: the general union below copes
    }
    return union(parts);
  }

  /** The polygonal parts of a geometry (overlay can leave lines and points of zero area). */
  public static Geometry polygonal(Geometry g) {
    if (g instanceof Polygonal) {
      return g;
    }
    List<Polygon> polygons = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p && !p.isEmpty()) {
        polygons.add(p);
      } else if (part != g && part.getNumGeometries() > 0) {
        Geometry inner = polygonal(part);
        for (int j = 0; j < inner.getNumGeometries(); j++) {
          polygons.add((Polygon) inner.getGeometryN(j));
        }
      }
    }
    return polygons.size() == 1
        ? polygons.get(0)
        : FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
  }
}
