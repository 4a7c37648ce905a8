package io.frontline.render.map;

import io.frontline.render.geo.Viewport;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Turns lon/lat geometries into Java2D paths in a viewport's pixels: each vertex projected, then vertices closer than
 * half a pixel to the previous one dropped (invisible at that scale, and most of the drawing cost).
 */
public final class PixelShapes {
  private static final double MIN_STEP_PX = 0.5;
  private final Viewport viewport;
  private final ProjCoordinate scratch = new ProjCoordinate();
  private final double ox;
  private final double oy;
  private final double k;

  public PixelShapes(Viewport viewport) {
    this.viewport = viewport;
    this.k = 1 / viewport.metresPerPixel();
    this.ox = viewport.width() / 2.0 - viewport.centreX() * k;
    this.oy = viewport.height() / 2.0 + viewport.centreY() * k;
  }

  /** Polygons as a closed path (even-odd rule, so holes stay holes); lines as an open path. */
  public Path2D.Float path(Geometry g) {
    Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
    append(path, g);
    return path;
  }

  /** Adds a geometry's rings or lines to a path. */
  public void append(Path2D.Float path, Geometry g) {
    for (int i = 0; i < g.getNumGeometries(); i++) {
      Geometry part = g.getGeometryN(i);
      if (part instanceof Polygon p) {
        ring(path, p.getExteriorRing().getCoordinates(), true);
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
          ring(path, p.getInteriorRingN(h).getCoordinates(), true);
        }
      } else if (part instanceof LineString l) {
        ring(path, l.getCoordinates(), false);
      }
    }
  }

  private void ring(Path2D.Float path, Coordinate[] cs, boolean close) {
    if (cs.length < 2) {
      return;
    }
    float lastX = 0;
    float lastY = 0;
    for (int i = 0; i < cs.length; i++) {
      viewport.projection().forward(cs[i].x, cs[i].y, scratch);
      float x = (float) (ox + scratch.x * k);
      float y = (float) (oy - scratch.y * k);
      if (i == 0) {
        path.moveTo(x, y);
      } else if (Math.abs(x - lastX) + Math.abs(y - lastY) >= MIN_STEP_PX || i == cs.length - 1) {
        path.lineTo(x, y);
      } else {
        continue;
      }
      lastX = x;
      lastY = y;
    }
    if (close) {
      path.closePath();
    }
  }
}
