package io.frontline.render.geo;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Envelope;

/**
 * A projection fitted into a panel of {@code width} x {@code height} pixels (origin at the panel's top-left): the
 * projected extent is centred and scaled to fill the panel, so the panel shows the whole extent and, on the longer
 * side, a little more. One pixel is {@code metresPerPixel} projected metres everywhere.
 */
public record Viewport(
    MapProjection projection,
    Extent extent,
    int width,
    int height,
    double centreX,
    double centreY,
    double metresPerPixel) {

  public Viewport {
    if (width < 16 || height < 16) {
      throw new IllegalArgumentException(
          "a map panel needs at least 16 x 16 pixels, was " + width + " x " + height);
    }
  }

  /** Fits the extent, projected, into a panel. */
  public static Viewport fit(MapProjection projection, Extent extent, int width, int height) {
    Envelope box = projectedBox(projection, extent);
    double scale = Math.max(box.getWidth() / width, box.getHeight() / height);
    return new Viewport(projection, extent, width, height, box.centre().x, box.centre().y, scale);
  }

  /** The width / height ratio of the extent once projected. */
  public static double aspect(MapProjection projection, Extent extent) {
    Envelope box = projectedBox(projection, extent);
    return box.getWidth() / box.getHeight();
  }

  public Point2D.Double pixel(double lon, double lat) {
    Point2D.Double m = projection.forward(lon, lat);
    return new Point2D.Double(
        width / 2.0 + (m.x - centreX) / metresPerPixel,
        height / 2.0 - (m.y - centreY) / metresPerPixel);
  }

  /** Panel pixel back to degrees (x = lon, y = lat). */
  public Point2D.Double lonLat(double px, double py) {
    return projection.inverse(
        centreX + (px - width / 2.0) * metresPerPixel,
        centreY - (py - height / 2.0) * metresPerPixel);
  }

  public Rectangle2D frame() {
    return new Rectangle2D.Double(0, 0, width, height);
  }

  /** Ground distance per horizontal pixel at the panel's centre, in km (geodesic on WGS84). */
  public double kmPerPixelAtCentre() {
    double half = Math.max(10, width / 10.0);
    Point2D.Double a = lonLat(width / 2.0 - half, height / 2.0);
    Point2D.Double b = lonLat(width / 2.0 + half, height / 2.0);
    return Geodesic.WGS84.Inverse(a.y, a.x, b.y, b.x).s12 / 1000 / (2 * half);
  }

  /** The degrees a panel shows, a little larger than needed (for selecting what to draw). */
  public Envelope visibleLonLat() {
    Envelope env = new Envelope();
    for (int i = 0; i <= 8; i++) {
      double t = i / 8.0;
      env.expandToInclude(toCoordinate(lonLat(t * width, 0)));
      env.expandToInclude(toCoordinate(lonLat(t * width, height)));
      env.expandToInclude(toCoordinate(lonLat(0, t * height)));
      env.expandToInclude(toCoordinate(lonLat(width, t * height)));
    }
    env.expandBy(0.5);
    return env;
  }

  private static org.locationtech.jts.geom.Coordinate toCoordinate(Point2D.Double p) {
    return new org.locationtech.jts.geom.Coordinate(p.x, p.y);
  }

  private static Envelope projectedBox(MapProjection projection, Extent e) {
    Envelope box = new Envelope();
    for (int i = 0; i <= 16; i++) {
      double lon = e.west() + (e.east() - e.west()) * i / 16.0;
      double lat = e.south() + (e.north() - e.south()) * i / 16.0;
      add(box, projection.forward(lon, e.south()));
      add(box, projection.forward(lon, e.north()));
      add(box, projection.forward(e.west(), lat));
      add(box, projection.forward(e.east(), lat));
    }
    return box;
  }

  private static void add(Envelope box, Point2D.Double p) {
    box.expandToInclude(p.x, p.y);
  }
}
