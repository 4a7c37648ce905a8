package io.frontline.render.geo;

import java.awt.geom.Point2D;
import java.util.Locale;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.proj.Projection;

/**
 * A projection suited to an extent, through proj4j: Lambert conformal conic with standard parallels at one sixth and
 * five sixths of the extent's latitude range, centred on the extent (conformal, so shapes and local angles are kept,
 * and the scale error stays under about half a percent over a region the size of Iraq and Syria). Near the equator,
 * where a cone degenerates, a transverse Mercator centred on the extent is used instead. Immutable; the underlying
 * proj4j projection is only read, so instances may be shared between threads.
 */
public final class MapProjection {
  private final Projection projection;
  private final String definition;
  private final String name;
  private final double centreLon;

  private MapProjection(String definition, String name, double centreLon) {
    this.definition = definition;
    this.name = name;
    this.centreLon = centreLon;
    this.projection = new CRSFactory().createFromParameters(name, definition).getProjection();
  }

  /** The projection suited to an extent. */
  public static MapProjection forExtent(Extent extent) {
    double range = extent.north() - extent.south();
    double lat1 = extent.south() + range / 6;
    double lat2 = extent.north() - range / 6;
    double lon0 = extent.centreLon();
    if (lat1 * lat2 > 0 && Math.min(Math.abs(lat1), Math.abs(lat2)) >= 5) {
      return new MapProjection(
          String.format(
              Locale.ROOT,
              "+proj=lcc +lat_1=%.4f +lat_2=%.4f +lat_0=%.4f"
                  + " +lon_0=%.4f +datum=WGS84 +units=m +no_defs",
              lat1,
              lat2,
              extent.centreLat(),
              lon0),
          "Lambert conformal conic",
          lon0);
    }
    return new MapProjection(
        String.format(
            Locale.ROOT,
            "+proj=tmerc +lat_0=%.4f +lon_0=%.4f +k=1 +datum=WGS84" + " +units=m +no_defs",
            extent.centreLat(),
            lon0),
        "Transverse Mercator",
        lon0);
  }

  /** Projects degrees to metres. */
  public Point2D.Double forward(double lon, double lat) {
    ProjCoordinate out = projection.project(new ProjCoordinate(lon, lat), new ProjCoordinate());
    return new Point2D.Double(out.x, out.y);
  }

  /** Projects into a reusable coordinate (for tight loops); returns it. */
  public ProjCoordinate forward(double lon, double lat, ProjCoordinate out) {
    return projection.project(new ProjCoordinate(lon, lat), out);
  }

  /** Metres back to degrees (x = lon, y = lat). */
  public Point2D.Double inverse(double x, double y) {
    ProjCoordinate out = projection.inverseProject(new ProjCoordinate(x, y), new ProjCoordinate());
    return new Point2D.Double(out.x, out.y);
  }

  /** The angle in degrees between grid north and true north at a point (0 on the central meridian). */
  public double convergenceDeg(double lon, double lat) {
    Point2D.Double a = forward(lon, lat);
    Point2D.Double b = forward(lon, Math.min(lat + 0.01, 89.9));
    return Math.toDegrees(Math.atan2(b.x - a.x, b.y - a.y));
  }

  /** The proj4 definition, as written in the provenance. */
  public String definition() {
    return definition;
  }

  public String name() {
    return name;
  }

  public double centreLon() {
    return centreLon;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MapProjection p && p.definition.equals(definition);
  }

  @Override
  public int hashCode() {
    return definition.hashCode();
  }

  @Override
  public String toString() {
    return name + " (" + definition + ")";
  }
}
