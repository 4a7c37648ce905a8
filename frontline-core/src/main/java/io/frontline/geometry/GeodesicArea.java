package io.frontline.geometry;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Area on the WGS84 ellipsoid of lon/lat polygons, with geodesic edges (GeographicLib, Karney 2013): the same
 * definition as PostGIS {@code ST_Area(geography)}.
 */
public final class GeodesicArea {
  private GeodesicArea() {}

  /** Area in km2 of any geometry's polygonal parts (holes subtracted); 0 for points and lines. */
  public static double km2(Geometry geometry) {
    return m2(geometry) / 1e6;
  }

  private static double m2(Geometry geometry) {
    if (geometry instanceof Polygon polygon) {
      return polygonM2(polygon);
    }
    double sum = 0;
    if (geometry instanceof GeometryCollection collection) {
      for (int i = 0; i < collection.getNumGeometries(); i++) {
        sum += m2(collection.getGeometryN(i));
      }
    }
    return sum;
  }

  private static double polygonM2(Polygon polygon) {
    double m2 = ringM2(polygon.getExteriorRing());
    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
      m2 -= ringM2(polygon.getInteriorRingN(h));
    }
    return Math.max(0, m2);
  }

  private static double ringM2(LineString ring) {
    PolygonArea area = new PolygonArea(Geodesic.WGS84, false);
    Coordinate[] cs = ring.getCoordinates();
    for (int i = 0; i < cs.length - 1; i++) {
      area.AddPoint(cs[i].y, cs[i].x);
    }
    PolygonResult result = area.Compute(false, true);
    return Math.abs(result.area);
  }
}
