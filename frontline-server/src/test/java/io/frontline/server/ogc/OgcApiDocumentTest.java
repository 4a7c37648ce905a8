package io.frontline.server.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.server.OpenApiDocument;
import io.frontline.server.ServerFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI 3.0 definition of /ogc derived from the server's 3.1 document: 3.0 forms only, and GDAL reads it. */
class OgcApiDocumentTest {
  private static final JsonNode DERIVED =
      OgcApiDocument.of((ObjectNode) OpenApiDocument.server().root());

  @Test
  void keepsTheOgcPathsAndTheComponentsTheyReach() {
    assertThat(DERIVED.path("openapi").asText()).isEqualTo("3.0.3");
    assertThat(DERIVED.path("paths").fieldNames())
        .toIterable()
        .isNotEmpty()
        .allMatch(p -> p.startsWith("/ogc"));
    assertThat(DERIVED.path("components").path("schemas").fieldNames())
        .toIterable()
        .contains("OgcFeatureCollection", "OgcFeature", "Geometry", "HistoryObservation", "Problem")
        .doesNotContain("Figures", "Changes", "Entry");
    List<String> refs = DERIVED.findValuesAsText("$ref");
    assertThat(refs)
        .isNotEmpty()
        .allSatisfy(
            ref -> assertThat(DERIVED.at(ref.substring(1)).isObject()).as(ref).isTrue());
  }

  @Test
  void usesOnlyOpenApi30SchemaForms() {
    List<String> found = new ArrayList<>();
    walk(DERIVED.path("components").path("schemas"), "", found);
    DERIVED.path("paths").fields().forEachRemaining(p -> walk(p.getValue(), p.getKey(), found));
    assertThat(found).isEmpty();
  }

  @Test
  void nullableAlternativesBecomeNullable() {
    JsonNode geometry = DERIVED.at("/components/schemas/OgcFeature/properties/geometry");
    assertThat(geometry.path("nullable").asBoolean()).isTrue();
    assertThat(geometry.at("/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/Geometry");
    JsonNode fromActor = DERIVED.at("/components/schemas/HistoryObservation/properties/from_actor");
    assertThat(fromActor.path("type").asText()).isEqualTo("string");
    assertThat(fromActor.path("nullable").asBoolean()).isTrue();
  }

  @Test
  void gdalReadsTheApiWithoutErrors() throws Exception {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/ogrinfo")), "ogrinfo (gdal-bin) is not installed");
    try (ServerFixture fixture = ServerFixture.start()) {
      String url = "OAPIF:http://127.0.0.1:" + fixture.server().port() + "/ogc";
      String out = GdalOapifTest.ogrinfo("-ro", url);
      assertThat(out).contains("1: control-areas").doesNotContain("ERROR");
      String items = GdalOapifTest.ogrinfo("-ro", "-al", "-so", url, "observations");
      assertThat(items).contains("Feature Count").doesNotContain("ERROR");
    }
  }

  /** Collects the 3.1-only forms under a node: type arrays, const, a null type, $defs and the like. */
  private static void walk(JsonNode node, String where, List<String> found) {
    if (node.isObject()) {
      if (node.path("type").isArray() || "null".equals(node.path("type").asText())) {
        found.add(where + " type " + node.path("type"));
      }
      for (String keyword : List.of(
          "const",
          "$defs",
          "$schema",
          "$id",
          "prefixItems",
          "dependentRequired",
          "dependentSchemas",
          "unevaluatedProperties",
          "contentMediaType",
          "if",
          "then")) {
        if (node.has(keyword)) {
          found.add(where + " " + keyword);
        }
      }
      if (node.has("examples") && !node.has("in") && node.path("examples").isArray()) {
        found.add(where + " examples");
      }
      if (node.has("$ref") && node.size() > 1 && !node.has("description") && !node.has("summary")) {
        found.add(where + " $ref with siblings " + node.fieldNames().next());
      }
      node.fields().forEachRemaining(f -> walk(f.getValue(), where + "/" + f.getKey(), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), where + "/" + i, found);
      }
    }
  }
}
