package io.frontline.store;

import static io.frontline.contract.StoreFixtures.wkt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

class GpkgGeometryTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POINT (43.11889 36.335)",
        "LINESTRING (42 36, 43 37, 44 36.5)",
        "POLYGON ((41.5 36.2, 42.1 36.2, 42.1 36.5, 41.5 36.5, 41.5 36.2), (41.7 36.3, 41.8 36.3, 41.8 36.4, 41.7 36.4, 41.7 36.3))",
        "MULTIPOINT ((1 2), (3 4))",
        "MULTILINESTRING ((1 2, 3 4), (5 6, 7 8))",
        "MULTIPOLYGON (((39 34, 39.5 34, 39.5 34.5, 39 34)), ((40 34, 40.25 34, 40.25 34.125, 40 34)))",
        "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (3 4, 5 6))",
        "POINT (-179.99999999999997 -89.123456789)"
      })
  void geometriesRoundTripExactly(String text) {
    Geometry geometry = wkt(text);
    Geometry decoded = GpkgGeometry.decode(GpkgGeometry.encode(geometry));

    assertThat(decoded.equalsExact(geometry)).as(text).isTrue();
    assertThat(decoded.getGeometryType()).isEqualTo(geometry.getGeometryType());
    assertThat(decoded.getSRID()).isEqualTo(4326);
  }

  @Test
  void theHeaderIsLittleEndianWithAnXyEnvelope() {
    Geometry polygon = wkt("POLYGON ((41.5 36.2, 42.1 36.2, 42.1 36.5, 41.5 36.2))");
    byte[] blob = GpkgGeometry.encode(polygon);
    ByteBuffer header = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);

    assertThat(Arrays.copyOf(blob, 4)).containsExactly('G', 'P', 0, 0b0000_0011);
    assertThat(header.getInt(4)).isEqualTo(4326);
    assertThat(new double[] {
          header.getDouble(8), header.getDouble(16), header.getDouble(24), header.getDouble(32)
        })
        .containsExactly(41.5, 42.1, 36.2, 36.5);
    byte[] isoWkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(polygon);
    assertThat(Arrays.copyOfRange(blob, 40, blob.length)).containsExactly(isoWkb);
    assertThat(bounds(GpkgGeometry.envelope(blob))).containsExactly(41.5, 42.1, 36.2, 36.5);
    assertThat(GpkgGeometry.isEmpty(blob)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POINT EMPTY",
        "LINESTRING EMPTY",
        "POLYGON EMPTY",
        "MULTIPOLYGON EMPTY",
        "GEOMETRYCOLLECTION EMPTY"
      })
  void emptyGeometriesHaveTheEmptyFlagAndNoEnvelope(String text) {
    byte[] blob = GpkgGeometry.encode(wkt(text));

    assertThat(blob[3]).isEqualTo((byte) 0b0001_0001);
    assertThat(GpkgGeometry.isEmpty(blob)).isTrue();
    assertThat(GpkgGeometry.envelope(blob).isNull()).isTrue();
    Geometry decoded = GpkgGeometry.decode(blob);
    assertThat(decoded.isEmpty()).isTrue();
    assertThat(decoded.getGeometryType()).isEqualTo(wkt(text).getGeometryType());
  }

  @Test
  void anEmptyPointIsWrittenAsQuietNaNs() {
    byte[] blob = GpkgGeometry.encode(wkt("POINT EMPTY"));
    byte[] nan = {0, 0, 0, 0, 0, 0, (byte) 0xf8, 0x7f};

    assertThat(blob).hasSize(8 + 5 + 16);
    assertThat(Arrays.copyOfRange(blob, 13, 21)).containsExactly(nan);
    assertThat(Arrays.copyOfRange(blob, 21, 29)).containsExactly(nan);
  }

  @Test
  void readsBigEndianHeadersAndOtherEnvelopeKinds() {
    Geometry point = wkt("POINT (2 3)");
    byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(point);
    ByteBuffer blob = ByteBuffer.allocate(8 + 48 + wkb.length).order(ByteOrder.BIG_ENDIAN);
    blob.put((byte) 'G').put((byte) 'P').put((byte) 0).put((byte) (2 << 1)).putInt(32631);
    blob.putDouble(2)
        .putDouble(2)
        .putDouble(3)
        .putDouble(3)
        .putDouble(0)
        .putDouble(0)
        .put(wkb);

    Geometry decoded = GpkgGeometry.decode(blob.array());
    assertThat(decoded.equalsExact(point)).isTrue();
    assertThat(decoded.getSRID()).isEqualTo(32631);
    assertThat(GpkgGeometry.srsId(blob.array())).isEqualTo(32631);
    assertThat(bounds(GpkgGeometry.envelope(blob.array()))).containsExactly(2, 2, 3, 3);
  }

  @Test
  void computesTheEnvelopeWhenTheHeaderHasNone() {
    byte[] wkb =
        new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(wkt("LINESTRING (1 2, 5 -3)"));
    ByteBuffer blob = ByteBuffer.allocate(8 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
    blob.put((byte) 'G')
        .put((byte) 'P')
        .put((byte) 0)
        .put((byte) 1)
        .putInt(4326)
        .put(wkb);

    assertThat(bounds(GpkgGeometry.envelope(blob.array()))).containsExactly(1, 5, -3, 2);
  }

  @Test
  void refusesMalformedBlobs() {
    byte[] good = GpkgGeometry.encode(wkt("POINT (1 2)"));

    assertThatThrownBy(() -> GpkgGeometry.decode(new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'GP'");
    assertThatThrownBy(() -> GpkgGeometry.decode(withByte(good, 2, 1)))
        .hasMessageContaining("version 1");
    assertThatThrownBy(() -> GpkgGeometry.decode(withByte(good, 3, 0x21)))
        .hasMessageContaining("extended");
    assertThatThrownBy(() -> GpkgGeometry.decode(withByte(good, 3, 5 << 1 | 1)))
        .hasMessageContaining("envelope code 5");
    assertThatThrownBy(() -> GpkgGeometry.decode(Arrays.copyOf(good, 20)))
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> GpkgGeometry.decode(Arrays.copyOf(good, 45)))
        .hasMessageContaining("malformed WKB");
    assertThatThrownBy(() -> GpkgGeometry.encode(null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** minx, maxx, miny, maxy. */
  private static double[] bounds(Envelope e) {
    return new double[] {e.getMinX(), e.getMaxX(), e.getMinY(), e.getMaxY()};
  }

  private static byte[] withByte(byte[] blob, int index, int value) {
    byte[] copy = blob.clone();
    copy[index] = (byte) value;
    return copy;
  }
}
