package io.frontline.store;

import io.frontline.geometry.Geometries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The GeoPackage 1.3 geometry blob ("StandardGeoPackageBinary"): a header ('GP', version 0, flags, srs_id, optional
 * envelope) followed by ISO WKB. Blobs written here are little-endian, 2D (Z and M are not stored) and carry an
 * [minx, maxx, miny, maxy] envelope; an empty geometry has the empty flag set and no envelope, and an empty point is
 * written as a point with NaN coordinates, as the standard requires. Reading accepts either byte order and every
 * envelope kind. Malformed blobs are refused with an {@link IllegalArgumentException}.
 */
public final class GpkgGeometry {
  private static final byte MAGIC_G = 0x47;
  private static final byte MAGIC_P = 0x50;
  private static final int HEADER_BYTES = 8;
  private static final int FLAG_LITTLE_ENDIAN = 0x01;
  private static final int FLAG_EMPTY = 0x10;
  private static final int FLAG_EXTENDED = 0x20;
  private static final int FLAG_RESERVED = 0xC0;
  private static final int ENVELOPE_XY = 1;

  private GpkgGeometry() {}

  /** Encodes a lon/lat geometry with srs_id 4326 (WGS 84). */
  public static byte[] encode(Geometry geometry) {
    return encode(geometry, Geometries.WGS84);
  }

  public static byte[] encode(Geometry geometry, int srsId) {
    if (geometry == null) {
      throw new IllegalArgumentException("cannot encode a null geometry");
    }
    byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(geometry);
    boolean empty = geometry.isEmpty();
    ByteBuffer out = ByteBuffer.allocate(HEADER_BYTES + (empty ? 0 : 32) + wkb.length)
        .order(ByteOrder.LITTLE_ENDIAN);
    out.put(MAGIC_G).put(MAGIC_P).put((byte) 0);
    out.put((byte) (FLAG_LITTLE_ENDIAN | (empty ? FLAG_EMPTY : ENVELOPE_XY << 1)));
    out.putInt(srsId);
    if (!empty) {
      Envelope e = geometry.getEnvelopeInternal();
      out.putDouble(e.getMinX())
          .putDouble(e.getMaxX())
          .putDouble(e.getMinY())
          .putDouble(e.getMaxY());
    }
    return out.put(wkb).array();
  }

  /** Decodes a blob; the geometry's SRID is the blob's srs_id. */
  public static Geometry decode(byte[] blob) {
    Header header = Header.read(blob);
    byte[] wkb = Arrays.copyOfRange(blob, header.wkbOffset(), blob.length);
    try {
      return new WKBReader(factory(header.srsId())).read(wkb);
    } catch (ParseException | RuntimeException e) {
      throw new IllegalArgumentException(
          "malformed WKB in GeoPackage geometry: " + e.getMessage(), e);
    }
  }

  /** The srs_id in the header. */
  public static int srsId(byte[] blob) {
    return Header.read(blob).srsId();
  }

  /** Whether the header marks the geometry empty. */
  public static boolean isEmpty(byte[] blob) {
    return Header.read(blob).empty();
  }

  /** The 2D envelope, from the header when it has one; a null envelope for an empty geometry. */
  public static Envelope envelope(byte[] blob) {
    Header header = Header.read(blob);
    if (header.empty()) {
      return new Envelope();
    }
    return header.envelope() != null ? header.envelope() : decode(blob).getEnvelopeInternal();
  }

  private static GeometryFactory factory(int srsId) {
    return srsId == Geometries.WGS84
        ? Geometries.FACTORY
        : new GeometryFactory(new PrecisionModel(), srsId);
  }

  /** The parsed header: envelope is null when the blob carries none. */
  private record Header(int srsId, boolean empty, Envelope envelope, int wkbOffset) {

    static Header read(byte[] blob) {
      if (blob == null || blob.length < HEADER_BYTES || blob[0] != MAGIC_G || blob[1] != MAGIC_P) {
        throw new IllegalArgumentException(
            "not a GeoPackage geometry: the blob does not start with 'GP'");
      }
      if (blob[2] != 0) {
        throw new IllegalArgumentException(
            "unsupported GeoPackage geometry version " + blob[2] + ", expected 0");
      }
      int flags = blob[3] & 0xFF;
      if ((flags & (FLAG_EXTENDED | FLAG_RESERVED)) != 0) {
        throw new IllegalArgumentException("unsupported GeoPackage geometry flags 0x"
            + Integer.toHexString(flags) + ": extended types and reserved bits are not supported");
      }
      ByteBuffer in = ByteBuffer.wrap(blob)
          .order(
              (flags & FLAG_LITTLE_ENDIAN) != 0 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
      int envelopeBytes = envelopeBytes((flags >> 1) & 0x07);
      if (blob.length < HEADER_BYTES + envelopeBytes) {
        throw new IllegalArgumentException(
            "GeoPackage geometry is truncated: " + blob.length + " bytes");
      }
      Envelope envelope = envelopeBytes == 0
          ? null
          : new Envelope(in.getDouble(8), in.getDouble(16), in.getDouble(24), in.getDouble(32));
      return new Header(
          in.getInt(4), (flags & FLAG_EMPTY) != 0, envelope, HEADER_BYTES + envelopeBytes);
    }

    private static int envelopeBytes(int code) {
      return switch (code) {
        case 0 -> 0;
        case 1 -> 32;
        case 2, 3 -> 48;
        case 4 -> 64;
        default ->
          throw new IllegalArgumentException(
              "invalid GeoPackage envelope code " + code + ", expected 0-4");
      };
    }
  }
}
