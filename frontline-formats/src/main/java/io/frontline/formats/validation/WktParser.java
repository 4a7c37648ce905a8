package io.frontline.formats.validation;

import io.frontline.formats.FindingCode;
import io.frontline.geometry.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads WKT in lon/lat order into SRID 4326 geometries, with the ring checks of {@link Rings}, so that an unclosed
 * ring is reported as {@code ring-not-closed} with its points rather than as a bare JTS error.
 */
public final class WktParser {
  private static final GeometryFactory CHECKING = new RingCheckingFactory();

  private WktParser() {}

  /** The geometry; throws a {@link io.frontline.formats.FormatException} coded bad-wkt or a ring code. */
  public static Geometry parse(String wkt) {
    try {
      return Geometries.FACTORY.createGeometry(new WKTReader(CHECKING).read(wkt));
    } catch (ParseException e) {
      throw FindingCode.BAD_WKT.exception("", "malformed WKT: " + e.getMessage(), wkt);
    } catch (IllegalArgumentException e) {
      throw FindingCode.BAD_WKT.exception("", "malformed WKT geometry: " + e.getMessage(), wkt);
    }
  }

  /** A factory whose rings go through {@link Rings}; used only while parsing, then copied to the shared factory. */
  private static final class RingCheckingFactory extends GeometryFactory {
    private static final long serialVersionUID = 1L;

    RingCheckingFactory() {
      super(Geometries.FACTORY.getPrecisionModel(), Geometries.WGS84);
    }

    @Override
    public LinearRing createLinearRing(CoordinateSequence points) {
      return Rings.ring(
          points == null ? new Coordinate[0] : points.toCoordinateArray(), Geometries.FACTORY);
    }
  }
}
