package io.frontline.render.map;

import io.frontline.basemap.Country;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.Feature;
import io.frontline.render.geo.Viewport;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The basemap projected into one viewport: the countries in view (outline path, and where a name fits: the centre
 * and radius in pixels of the largest circle inside the visible part), first-level regions, rivers and lakes.
 */
public record BasemapShapes(
    List<CountryShape> countries, Path2D.Float admin1, Path2D.Float rivers, Path2D.Float lakes) {
  private static final GeometryFactory GF = new GeometryFactory();

  public BasemapShapes {
    countries = List.copyOf(countries);
  }

  /** A country in view, with the room its name has (empty when no part of it is in view). */
  public record CountryShape(
      Country country, Path2D.Float path, Optional<Point2D> labelCentre, double labelRadius_px) {}

  static BasemapShapes of(Viewport v, NaturalEarthBasemap basemap) {
    Envelope visible = v.visibleLonLat();
    PixelShapes shapes = new PixelShapes(v);
    Polygon frame = framePolygon(v);
    Geometry around = GF.toGeometry(grown(frame.getEnvelopeInternal(), 2));
    List<CountryShape> countries = new ArrayList<>();
    for (Country c : basemap.countries()) {
      if (c.outline().getEnvelopeInternal().intersects(visible)) {
        countries.add(countryShape(c, shapes.path(near(c.outline(), around)), frame, v));
      }
    }
    return new BasemapShapes(
        countries,
        layer(basemap, "admin1", visible, shapes),
        layer(basemap, "rivers", visible, shapes),
        layer(basemap, "lakes", visible, shapes));
  }

  private static Path2D.Float layer(
      NaturalEarthBasemap basemap, String name, Envelope visible, PixelShapes shapes) {
    Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
    for (Feature f : basemap.layer(name)) {
      if (f.geometry() != null && f.geometry().getEnvelopeInternal().intersects(visible)) {
        shapes.append(path, name.equals("admin1") ? f.geometry().getBoundary() : f.geometry());
      }
    }
    return path;
  }

  private static CountryShape countryShape(
      Country c, Path2D.Float path, Polygon frame, Viewport v) {
    Geometry inView = c.outline().intersection(frame);
    if (inView.isEmpty() || inView.getArea() < 1e-6) {
      return new CountryShape(c, path, Optional.empty(), 0);
    }
    Geometry largest = largestPart(inView);
    MaximumInscribedCircle mic = new MaximumInscribedCircle(largest, 0.02);
    Coordinate centre = mic.getCenter().getCoordinate();
    Point2D.Double px = v.pixel(centre.x, centre.y);
    Point2D.Double edge =
        v.pixel(mic.getRadiusPoint().getX(), mic.getRadiusPoint().getY());
    return new CountryShape(c, path, Optional.of(px), px.distance(edge));
  }

  /**
   * The part of a country outline within a box a margin larger than the panel, so that a vector file carries no
   * coastline nobody sees; the cut edges lie outside the panel, which clips them away.
   */
  private static Geometry near(Geometry outline, Geometry box) {
    if (box.getEnvelopeInternal().contains(outline.getEnvelopeInternal())) {
      return outline;
    }
    try {
      return OverlayNGRobust.overlay(outline, box, OverlayNG.INTERSECTION);
    } catch (RuntimeException e) {
      return outline;
    }
  }

  private static Envelope grown(Envelope e, double degrees) {
    Envelope out = new Envelope(e);
    out.expandBy(degrees);
    return out;
  }

  private static Geometry largestPart(Geometry g) {
    Geometry best = g.getGeometryN(0);
    for (int i = 1; i < g.getNumGeometries(); i++) {
      best = g.getGeometryN(i).getArea() > best.getArea() ? g.getGeometryN(i) : best;
    }
    return best;
  }

  /** The panel's frame in lon/lat: its border, inverse-projected. */
  private static Polygon framePolygon(Viewport v) {
    List<Coordinate> ring = new ArrayList<>();
    int n = 24;
    for (int i = 0; i < n; i++) {
      ring.add(lonLat(v, v.width() * i / (double) n, 0));
    }
    for (int i = 0; i < n; i++) {
      ring.add(lonLat(v, v.width(), v.height() * i / (double) n));
    }
    for (int i = n; i > 0; i--) {
      ring.add(lonLat(v, v.width() * i / (double) n, v.height()));
    }
    for (int i = n; i > 0; i--) {
      ring.add(lonLat(v, 0, v.height() * i / (double) n));
    }
    ring.add(ring.get(0));
    return GF.createPolygon(ring.toArray(new Coordinate[0]));
  }

  private static Coordinate lonLat(Viewport v, double x, double y) {
    Point2D.Double p = v.lonLat(x, y);
    return new Coordinate(p.x, p.y);
  }
}
