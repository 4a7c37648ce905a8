package io.frontline.server.tiles;

import io.frontline.geometry.Geometries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Cuts big geometries into pieces of at most {@link #MAX_POINTS} vertices, so a tile only projects and clips the
 * pieces it touches. Polygons are cut by halving their envelope (filled, they show no seams); outlines must be cut as
 * lines (a polygon's boundary), or the cuts would be drawn. Lines are cut into runs of consecutive vertices, each
 * starting where the last ended: no overlay needed (cutting the world's borders by envelope took seconds).
 */
final class Splitter {
  static final int MAX_POINTS = 512;
  private static final int MAX_DEPTH = 16;

  private Splitter() {}

  static List<Geometry> split(Geometry g) {
    List<Geometry> out = new ArrayList<>();
    if (g instanceof Lineal) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        runs((LineString) g.getGeometryN(i), out);
      }
    } else {
      split(g, g.getEnvelopeInternal(), out, 0);
    }
    return out;
  }

  /** A line as runs of at most MAX_POINTS consecutive vertices; each run begins at the vertex the last one ended on. */
  private static void runs(LineString line, List<Geometry> out) {
    Coordinate[] points = line.getCoordinates();
    if (points.length <= MAX_POINTS) {
      if (!line.isEmpty()) {
        out.add(line);
      }
      return;
    }
    for (int start = 0; start < points.length - 1; start += MAX_POINTS - 1) {
      int end = Math.min(start + MAX_POINTS, points.length);
      out.add(Geometries.FACTORY.createLineString(Arrays.copyOfRange(points, start, end)));
    }
  }

  private static void split(Geometry g, Envelope env, List<Geometry> out, int depth) {
    if (g.isEmpty()) {
      return;
    }
    if (g.getNumPoints() <= MAX_POINTS || depth >= MAX_DEPTH) {
      out.add(g);
      return;
    }
    boolean wide = env.getWidth() >= env.getHeight();
    double mid = wide ? (env.getMinX() + env.getMaxX()) / 2 : (env.getMinY() + env.getMaxY()) / 2;
    Envelope a = wide
        ? new Envelope(env.getMinX(), mid, env.getMinY(), env.getMaxY())
        : new Envelope(env.getMinX(), env.getMaxX(), env.getMinY(), mid);
    Envelope b = wide
        ? new Envelope(mid, env.getMaxX(), env.getMinY(), env.getMaxY())
        : new Envelope(env.getMinX(), env.getMaxX(), mid, env.getMaxY());
    split(clip(g, a), a, out, depth + 1);
    split(clip(g, b), b, out, depth + 1);
  }

  private static Geometry clip(Geometry g, Envelope e) {
    Geometry rect = Geometries.FACTORY.toGeometry(e);
    Geometry part = OverlayNGRobust.overlay(g, rect, OverlayNG.INTERSECTION);
    if (g instanceof Polygonal) {
      return Geometries.polygonal(part);
    }
    return g instanceof Lineal ? lines(part) : part;
  }

  private static Geometry lines(Geometry g) {
    List<Geometry> parts = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i) instanceof Lineal) {
        parts.add(g.getGeometryN(i));
      }
    }
    return Geometries.FACTORY.buildGeometry(parts);
  }
}
