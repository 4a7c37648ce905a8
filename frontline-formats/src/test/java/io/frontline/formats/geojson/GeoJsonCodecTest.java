package io.frontline.formats.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.formats.FormatException;
import io.frontline.formats.validation.WktParser;
import io.frontline.geometry.Geometries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

class GeoJsonCodecTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "POINT (43.11889 36.335)",
        "MULTIPOINT ((43.1 36.3), (39 35.9))",
        "LINESTRING (38 35, 39 36, 40 35)",
        "MULTILINESTRING ((38 35, 39 36), (40 35, 41 36))",
        "POLYGON ((38 35, 40 35, 40 37, 38 37, 38 35), (38.5 35.5, 38.5 36.5, 39.5 36.5, 38.5 35.5))",
        "MULTIPOLYGON (((38 35, 39 35, 39 36, 38 35)), ((40 35, 41 35, 41 36, 40 35)))",
        "GEOMETRYCOLLECTION (POINT (43.1 36.3), LINESTRING (38 35, 39 36))",
        "POINT EMPTY",
        "POLYGON EMPTY"
      })
  void roundTripsEveryType(String wkt) {
    Geometry geometry = WktParser.parse(wkt);

    Geometry back = GeoJsonCodec.read(GeoJsonCodec.write(geometry));

    assertThat(back.equalsExact(geometry)).as(back.toText()).isTrue();
    assertThat(back.getSRID()).isEqualTo(Geometries.WGS84);
  }

  @Test
  void writesRfc7946Objects() throws Exception {
    String text = GeoJsonCodec.write(WktParser.parse("MULTIPOINT ((43.1 36.3), (39 35.9))"))
        .toString();

    assertThat(json(text))
        .isEqualTo(json("{\"type\":\"MultiPoint\",\"coordinates\":[[43.1,36.3],[39.0,35.9]]}"));
  }

  @Test
  void roundsToTheRequestedDecimals() {
    JsonNode node = GeoJsonCodec.write(WktParser.parse("POINT (43.118894449 36.33500005)"), 7);

    assertThat(node.get("coordinates").get(0).doubleValue()).isEqualTo(43.1188944);
    assertThat(node.get("coordinates").get(1).doubleValue()).isEqualTo(36.335);
  }

  @Test
  void readsAndIgnoresAltitude() throws Exception {
    Geometry point =
        GeoJsonCodec.read(json("{\"type\":\"Point\",\"coordinates\":[43.1,36.3,250]}"));

    assertThat(point.toText()).isEqualTo("POINT (43.1 36.3)");
  }

  @Test
  void refusesAnUnclosedRing() {
    assertThatThrownBy(() -> GeoJsonCodec.read(
            json("{\"type\":\"Polygon\",\"coordinates\":[[[38,35],[39,35],[39,36],[38,36]]]}")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("ring-not-closed");
          assertThat(e.getMessage())
              .isEqualTo("ring not closed: first point 38 35 differs from last point 38 36");
        });
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"type\":\"Circle\",\"coordinates\":[1,2]}",
        "{\"type\":\"Point\",\"coordinates\":[\"43\",36]}",
        "{\"type\":\"Point\",\"coordinates\":[43]}",
        "{\"type\":\"Point\"}",
        "{\"coordinates\":[43,36]}",
        "{\"type\":\"LineString\",\"coordinates\":[[43,36]]}",
        "{\"type\":\"Polygon\",\"coordinates\":[[43,36]]}",
        "{\"type\":\"GeometryCollection\",\"geometries\":{}}"
      })
  void refusesMalformedGeometries(String text) {
    assertThatThrownBy(() -> GeoJsonCodec.read(json(text)))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("geojson-invalid"));
  }
}
