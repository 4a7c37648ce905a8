package io.frontline.formats.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.formats.Feature;
import io.frontline.formats.validation.WktParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonWriterTest {
  @Test
  void streamsAFeatureCollectionThatReadsBack() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("actor", "islamic-state");
    properties.put("urls", List.of("https://a.example/1"));
    properties.put("version", 2);
    try (GeoJsonWriter writer = new GeoJsonWriter(out, false)) {
      writer.write(WktParser.parse("POLYGON ((38 35, 39 35, 39 36, 38 35))"), properties);
      writer.write(null, Map.of());
    }

    List<Feature> back = GeoJsonReader.readFeatures(new ByteArrayInputStream(out.toByteArray()));

    assertThat(back).hasSize(2);
    assertThat(back.get(0).geometry().toText()).isEqualTo("POLYGON ((38 35, 39 35, 39 36, 38 35))");
    assertThat(back.get(0).properties()).isEqualTo(properties);
    assertThat(back.get(1)).extracting(Feature::geometry).isNull();
    assertThat(new ObjectMapper().readTree(out.toByteArray()).has("bbox")).isFalse();
  }

  @Test
  void writesBboxesAndRoundsCoordinatesToSevenDecimals() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GeoJsonWriter writer = new GeoJsonWriter(out, true)) {
      writer.write(WktParser.parse("POINT (43.118894449 36.33500004)"), Map.of());
      writer.write(WktParser.parse("LINESTRING (38 35, 39.5 35.25)"), Map.of());
    }

    JsonNode root = new ObjectMapper().readTree(out.toByteArray());

    assertThat(root.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(root.get("bbox").toString()).isEqualTo("[38.0,35.0,43.1188944,36.335]");
    assertThat(root.at("/features/0/geometry/coordinates").toString())
        .isEqualTo("[43.1188944,36.335]");
    assertThat(root.at("/features/1/bbox").toString()).isEqualTo("[38.0,35.0,39.5,35.25]");
  }

  @Test
  void writesTopLevelMembersFirstAndFeatureIds() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("date", "2016-02-01");
    members.put("store_revision", 4);
    try (GeoJsonWriter writer = new GeoJsonWriter(out, false, members)) {
      writer.write("place-99072", WktParser.parse("POINT (43.1 36.3)"), Map.of("name", "Mosul"));
      writer.write(WktParser.parse("POINT (38 35)"), Map.of());
    }

    JsonNode root = new ObjectMapper().readTree(out.toByteArray());

    List<String> names = new java.util.ArrayList<>();
    root.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("type", "date", "store_revision", "features");
    assertThat(root.get("store_revision").asInt()).isEqualTo(4);
    assertThat(root.at("/features/0/id").asText()).isEqualTo("place-99072");
    assertThat(root.at("/features/1").has("id")).isFalse();
  }

  @Test
  void leavesTheOutputStreamOpen() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream() {
      @Override
      public void close() {
        throw new AssertionError("the writer must not close the caller's stream");
      }
    };
    new GeoJsonWriter(out, false).close();

    assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
  }
}
