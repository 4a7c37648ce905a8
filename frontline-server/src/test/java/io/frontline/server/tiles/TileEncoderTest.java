package io.frontline.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.geometry.Geometries;
import io.tileverse.vectortile.model.VectorTile;
import io.tileverse.vectortile.mvt.VectorTileCodec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.io.WKTReader;

/**
 * The vector tile encoder against the MVT 2.1 rules, decoded by an independent reader (tileverse-vectortiles): what
 * is clipped, how rings wind, what attributes come back; and, on a concave polygon with a hole over many tiles, the
 * decoded area against JTS's exact intersection with the buffered tile.
 */
class TileEncoderTest {
  private static final VectorTileCodec CODEC = new VectorTileCodec();

  static VectorTile decode(byte[] bytes) throws Exception {
    return CODEC.decode(bytes);
  }

  static Geometry geometry(String wkt) throws Exception {
    return new WKTReader(Geometries.FACTORY).read(wkt);
  }

  static TileLayer layer(String name, Geometry g, Map<String, Object> attributes) {
    return new TileLayer(name, List.of(new TileLayer.Item(g, attributes)));
  }

  /** The rings of a polygon feature's commands, as signed areas (positive: exterior, MVT 2.1 section 4.3.4.4). */
  static List<Long> ringAreas(int[] commands) {
    List<Long> areas = new ArrayList<>();
    List<int[]> ring = new ArrayList<>();
    int x = 0;
    int y = 0;
    int i = 0;
    while (i < commands.length) {
      int id = commands[i] & 7;
      int count = commands[i] >>> 3;
      i++;
      if (id == 7) {
        long sum = 0;
        for (int k = 0; k < ring.size(); k++) {
          int[] a = ring.get(k);
          int[] b = ring.get((k + 1) % ring.size());
          sum += (long) a[0] * b[1] - (long) b[0] * a[1];
        }
        areas.add(sum);
        ring.clear();
        continue;
      }
      for (int c = 0; c < count; c++) {
        x += (commands[i] >>> 1) ^ -(commands[i] & 1);
        y += (commands[i + 1] >>> 1) ^ -(commands[i + 1] & 1);
        i += 2;
        ring.add(new int[] {x, y});
      }
    }
    return areas;
  }

  @Test
  void polygonsComeBackClippedToTheBufferedTileWithExteriorsClockwise() throws Exception {
    TileKey key = new TileKey(6, 39, 25);
    Envelope e = key.envelope();
    double cx = (e.getMinX() + e.getMaxX()) / 2;
    double cy = (e.getMinY() + e.getMaxY()) / 2;
    // A square twice the tile's size, counter-clockwise in lon/lat, with a hole in the middle of
    // the tile.
    Geometry g = geometry(String.format(
        java.util.Locale.ROOT,
        "POLYGON((%1$f %2$f, %3$f %2$f, %3$f %4$f, %1$f %4$f, %1$f %2$f), (%5$f %6$f, %5$f %7$f, %8$f %7$f, %8$f %6$f,"
            + " %5$f %6$f))",
        cx - 6,
        cy - 6,
        cx + 6,
        cy + 6,
        cx - 0.5,
        cy - 0.5,
        cy + 0.5,
        cx + 0.5));
    int[] commands = new TileGeometry(key).encode(WorldShape.of(g));
    List<Long> areas = ringAreas(commands);
    assertThat(areas).hasSize(2);
    assertThat(areas.get(0)).as("exterior").isPositive();
    assertThat(areas.get(1)).as("hole").isNegative();
    long side = TileKey.EXTENT + 2L * TileKey.BUFFER;
    assertThat(areas.get(0)).as("clipped to the buffered tile").isEqualTo(side * side * 2);

    VectorTile tile =
        decode(TileEncoder.encode(key, List.of(layer("control", g, Map.of("holder", "x")))));
    Geometry decoded = tile.getFeatures("control").findFirst().orElseThrow().getGeometry();
    assertThat(decoded.isValid()).isTrue();
    Envelope env = decoded.getEnvelopeInternal();
    assertThat(env.getMinX()).isEqualTo(-TileKey.BUFFER);
    assertThat(env.getMaxY()).isEqualTo(TileKey.EXTENT + TileKey.BUFFER);
  }

  @Test
  void whatFallsOutsideTheTileIsLeftOut() throws Exception {
    TileKey key = new TileKey(6, 39, 25);
    Geometry far = geometry("POLYGON((100 10, 101 10, 101 11, 100 11, 100 10))");
    assertThat(new TileGeometry(key).encode(WorldShape.of(far))).isNull();
    Geometry tiny = geometry("POLYGON((42 35, 42.00001 35, 42.00001 35.00001, 42 35))");
    assertThat(new TileGeometry(key).encode(WorldShape.of(tiny)))
        .as("rounds to nothing")
        .isNull();
    byte[] bytes = TileEncoder.encode(key, List.of(layer("control", far, Map.of())));
    assertThat(decode(bytes).getLayerNames()).isEmpty();
  }

  @Test
  void aLineThatLeavesAndComesBackIsTwoLines() throws Exception {
    TileKey key = new TileKey(6, 39, 25);
    Envelope e = key.envelope();
    double y = (e.getMinY() + e.getMaxY()) / 2;
    double x0 = e.getMinX() + e.getWidth() * 0.2;
    double x1 = e.getMinX() + e.getWidth() * 0.8;
    Geometry line = geometry(String.format(
        java.util.Locale.ROOT,
        "LINESTRING(%1$f %2$f, %1$f %3$f, %4$f %3$f, %4$f %2$f)",
        x0,
        y,
        e.getMaxY() + 3,
        x1));
    Geometry decoded = decode(TileEncoder.encode(key, List.of(layer("rivers", line, Map.of()))))
        .getFeatures("rivers")
        .findFirst()
        .orElseThrow()
        .getGeometry();
    assertThat((Object) decoded).isInstanceOf(MultiLineString.class);
    assertThat(decoded.getNumGeometries()).isEqualTo(2);
    Coordinate[] out = decoded.getGeometryN(0).getCoordinates();
    Coordinate[] back = decoded.getGeometryN(1).getCoordinates();
    assertThat(out[0].y).as("starts where the line does, mid-tile").isBetween(1900.0, 2200.0);
    assertThat(out[out.length - 1].y).as("cut at the buffered edge").isEqualTo(-TileKey.BUFFER);
    assertThat(back[0].y).as("comes back at the buffered edge").isEqualTo(-TileKey.BUFFER);
    assertThat(back[back.length - 1].y).as("ends where the line does").isBetween(1900.0, 2200.0);
  }

  @Test
  void attributesComeBackWithTheirTypesAndNullsLeftOut() throws Exception {
    TileKey key = new TileKey(6, 39, 25);
    Map<String, Object> a = new HashMap<>();
    a.put("name", "الموصل");
    a.put("population", 1_739_800L);
    a.put("count", 3);
    a.put("area_km2", 1234.5);
    a.put("implied", true);
    a.put("below", -7);
    a.put("other", null);
    Geometry point = geometry("MULTIPOINT((43.13 36.34), (120 10))");
    var feature = decode(TileEncoder.encode(key, List.of(layer("places", point, a))))
        .getFeatures("places")
        .findFirst()
        .orElseThrow();
    assertThat(feature.getAttribute("name")).isEqualTo("الموصل");
    assertThat(((Number) feature.getAttribute("population")).longValue()).isEqualTo(1_739_800L);
    assertThat(((Number) feature.getAttribute("count")).intValue()).isEqualTo(3);
    assertThat(((Number) feature.getAttribute("below")).intValue()).isEqualTo(-7);
    assertThat(((Number) feature.getAttribute("area_km2")).doubleValue()).isEqualTo(1234.5);
    assertThat(feature.getAttribute("implied")).isEqualTo(true);
    assertThat(feature.getAttributes()).doesNotContainKey("other");
    assertThat(feature.getGeometry().getNumPoints())
        .as("the point outside the tile is left out")
        .isEqualTo(1);
  }

  /**
   * A concave star with a hole over every tile of zoom 7 it touches: areas within rounding of the exact clip (each
   * vertex moves by at most half a unit, so the area by at most about a quarter of the perimeter).
   */
  @Test
  void clippedAreasMatchTheExactIntersection() throws Exception {
    StringBuilder outer = new StringBuilder();
    StringBuilder hole = new StringBuilder();
    SplittableRandom random = new SplittableRandom(7);
    int n = 60;
    for (int i = 0; i <= n; i++) {
      double angle = 2 * Math.PI * (i % n) / n;
      double r = i % 2 == 0 ? 4 : 1.5 + random.nextDouble();
      outer
          .append(i == 0 ? "" : ", ")
          .append(String.format(
              java.util.Locale.ROOT, "%f %f", 40 + r * Math.cos(angle), 34 + r * Math.sin(angle)));
      hole.append(i == 0 ? "" : ", ")
          .append(String.format(
              java.util.Locale.ROOT,
              "%f %f",
              40 + 0.6 * Math.cos(-angle),
              34 + 0.6 * Math.sin(-angle)));
    }
    Geometry star = geometry("POLYGON((" + outer + "), (" + hole + "))");
    assertThat(star.isValid()).isTrue();
    int tiles = 0;
    for (int x = 70; x <= 82; x++) {
      for (int y = 45; y <= 56; y++) {
        TileKey key = new TileKey(7, x, y);
        Geometry projected = key.project(star);
        Geometry box = Geometries.FACTORY.toGeometry(new Envelope(
            -TileKey.BUFFER,
            TileKey.EXTENT + TileKey.BUFFER,
            -TileKey.BUFFER,
            TileKey.EXTENT + TileKey.BUFFER));
        Geometry clipped = projected.intersection(box);
        double expected = clipped.getArea();
        int[] commands = new TileGeometry(key).encode(WorldShape.of(star));
        double actual = commands == null
            ? 0
            : ringAreas(commands).stream().mapToLong(Long::longValue).sum() / 2.0;
        assertThat(actual)
            .as("tile %s", key)
            .isCloseTo(expected, within(2.0 + clipped.getLength() / 4));
        if (expected > 0) {
          tiles++;
        }
      }
    }
    assertThat(tiles).isGreaterThanOrEqualTo(12);
  }
}
