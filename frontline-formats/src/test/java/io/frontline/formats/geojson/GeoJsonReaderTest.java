package io.frontline.formats.geojson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.formats.Feature;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FormatException;
import io.frontline.observations.Finding;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonReaderTest {
  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsAFeatureCollectionWithProperties() throws Exception {
    List<Feature> features = GeoJsonReader.readFeatures(
        in(
            """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43.11889, 36.335]},
           "properties": {"actor": "IS", "geonames_id": 99072, "urls": ["https://a.example/1"], "ok": true}},
          {"type": "Feature", "geometry": null, "properties": null}
        ]}"""));

    assertThat(features).hasSize(2);
    Feature first = features.get(0);
    assertThat(first.index()).isEqualTo(1);
    assertThat(first.geometry().toText()).isEqualTo("POINT (43.11889 36.335)");
    assertThat(first.properties())
        .containsEntry("actor", "IS")
        .containsEntry("geonames_id", 99072)
        .containsEntry("urls", List.of("https://a.example/1"))
        .containsEntry("ok", true);
    assertThat(features.get(1)).extracting(Feature::geometry).isNull();
    assertThat(features.get(1).properties()).isEmpty();
  }

  @Test
  void readsFeaturesBeforeTheTypeMember() throws Exception {
    List<Feature> features = GeoJsonReader.readFeatures(
        in(
            """
        {"features": [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [1, 2]}, "properties": {}}],
         "type": "FeatureCollection"}"""));

    assertThat(features)
        .singleElement()
        .extracting(f -> f.geometry().toText())
        .isEqualTo("POINT (1 2)");
  }

  @Test
  void readsASingleFeature() throws Exception {
    List<Feature> features = GeoJsonReader.readFeatures(
        in(
            "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]},\"properties\":{\"a\":\"b\"}}"));

    assertThat(features).singleElement().satisfies(f -> assertThat(f.properties())
        .isEqualTo(Map.of("a", "b")));
  }

  @Test
  void readsABareGeometryAsOneFeature() throws Exception {
    List<Feature> features = GeoJsonReader.readFeatures(
        in("{\"type\":\"Polygon\",\"coordinates\":[[[38,35],[39,35],[39,36],[38,35]]]}"));

    assertThat(features).singleElement().satisfies(f -> {
      assertThat(f.index()).isEqualTo(1);
      assertThat(f.geometry().getGeometryType()).isEqualTo("Polygon");
      assertThat(f.properties()).isEmpty();
    });
  }

  @Test
  void keepsReadingAfterABadFeatureAndLocatesEveryProblem() throws Exception {
    FeatureSet set = GeoJsonReader.read(
        in(
            """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43, 36]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[38,35],[39,35],[39,36]]]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["x", 36]}, "properties": {}},
          {"type": "Fetaure", "geometry": null, "properties": {}}
        ]}"""));

    assertThat(set.features()).hasSize(4);
    assertThat(set.features().get(1)).extracting(Feature::geometry).isNull();
    assertThat(set.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ring-not-closed", "feature 2"),
            org.assertj.core.groups.Tuple.tuple("geojson-invalid", "feature 3"),
            org.assertj.core.groups.Tuple.tuple("geojson-invalid", "feature 4"));
    assertThat(set.findingsAt(2))
        .singleElement()
        .extracting(Finding::wkt)
        .isEqualTo("LINESTRING (38 35, 39 35, 39 36)");
  }

  @Test
  void strictReadingThrowsTheFirstProblemWithItsLocation() {
    assertThatThrownBy(
            () -> GeoJsonReader.readFeatures(
                in(
                    """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43, 36]}, "properties": {}},
          {"type": "Feature", "geometry": {"type": "Point", "coordinates": [43]}, "properties": {}}]}""")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.location()).isEqualTo("feature 2");
          assertThat(e.code()).isEqualTo("geojson-invalid");
        });
  }

  @Test
  void locatesMalformedJsonByLineAndColumn() {
    assertThatThrownBy(
            () -> GeoJsonReader.read(in("{\"type\": \"FeatureCollection\",\n \"features\": [,]}")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("json-malformed");
          assertThat(e.location()).isEqualTo("line 2, column 15");
          assertThat(e.getMessage())
              .startsWith("malformed JSON: Unexpected character (',' (code 44))");
        });
  }

  @Test
  void refusesTruncatedJson() {
    assertThatThrownBy(
            () -> GeoJsonReader.read(in("{\"type\": \"FeatureCollection\", \"features\": [")))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("json-malformed"));
  }

  @Test
  void refusesDuplicateKeys() {
    assertThatThrownBy(() -> GeoJsonReader.read(in("{\"type\": \"Feature\", \"type\": \"Point\"}")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("json-malformed");
          assertThat(e.getMessage()).contains("Duplicate field 'type'");
        });
  }

  @Test
  void refusesJsonThatIsNotGeoJson() {
    assertThatThrownBy(() -> GeoJsonReader.read(in("[1, 2]")))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("geojson-invalid"));
    assertThatThrownBy(() -> GeoJsonReader.read(in("{\"type\": \"Topology\"}")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("geojson-invalid");
          assertThat(e.location()).isEqualTo("file");
        });
  }
}
