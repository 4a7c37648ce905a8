package io.frontline.server.tiles;

import io.frontline.server.http.ApiException;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A Web Mercator tile (z/x/y, XYZ scheme, y down) and the mapping of lon/lat into its pixel grid of
 * {@link #EXTENT} units, as vector tiles carry coordinates.
 */
public record TileKey(int z, int x, int y) {
  public static final int EXTENT = 4096;
  public static final int BUFFER = 64;
  public static final int MAX_ZOOM = 16;

  public TileKey {
    if (z < 0 || z > MAX_ZOOM) {
      throw ApiException.badParameter("z", "zoom must be between 0 and " + MAX_ZOOM + ", was " + z);
    }
    int n = 1 << z;
    if (x < 0 || x >= n || y < 0 || y >= n) {
      throw ApiException.badParameter(
          "x", "tile " + x + "/" + y + " does not exist at zoom " + z + " (0 to " + (n - 1) + ")");
    }
  }

  /** Parses path parameters; "12.mvt" and "12.pbf" are accepted for y. */
  public static TileKey parse(String z, String x, String y) {
    String yy = y.replaceFirst("\\.(mvt|pbf)$", "");
    try {
      return new TileKey(Integer.parseInt(z), Integer.parseInt(x), Integer.parseInt(yy));
    } catch (NumberFormatException e) {
      throw ApiException.badParameter(
          "z",
          "a tile address is /{z}/{x}/{y}.mvt with whole numbers, was " + z + "/" + x + "/" + y);
    }
  }

  /** The tile's lon/lat envelope, grown by the buffer. */
  public Envelope envelope() {
    double pad = (double) BUFFER / EXTENT;
    return new Envelope(lon(x - pad), lon(x + 1 + pad), lat(y + 1 + pad), lat(y - pad));
  }

  /** Degrees of longitude per tile pixel at this zoom: a simplification tolerance. */
  public double degreesPerPixel() {
    return 360.0 / ((1 << z) * 256.0);
  }

  /** A copy of a lon/lat geometry in this tile's pixel grid. */
  public Geometry project(Geometry lonLat) {
    Geometry copy = lonLat.copy();
    double n = 1 << z;
    copy.apply(new CoordinateSequenceFilter() {
      @Override
      public void filter(CoordinateSequence seq, int i) {
        double px = (WorldShape.x(seq.getX(i)) * n - x) * EXTENT;
        double py = (WorldShape.y(seq.getY(i)) * n - y) * EXTENT;
        seq.setOrdinate(i, 0, px);
        seq.setOrdinate(i, 1, py);
      }

      @Override
      public boolean isDone() {
        return false;
      }

      @Override
      public boolean isGeometryChanged() {
        return true;
      }
    });
    return copy;
  }

  private double lon(double tileX) {
    return tileX / (1 << z) * 360 - 180;
  }

  private double lat(double tileY) {
    double n = Math.PI - 2 * Math.PI * tileY / (1 << z);
    return Math.toDegrees(Math.atan(Math.sinh(n)));
  }
}
