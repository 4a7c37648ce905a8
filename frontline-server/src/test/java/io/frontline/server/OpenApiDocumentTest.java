package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document's structure: a 3.1 document whose every $ref resolves, whose operations all answer with
 * schemas, whose errors are all the one problem shape, whose component schemas are valid JSON Schema 2020-12, and
 * whose shared schemas are those of docs/schema (tools/openapi-schemas.py copies them).
 */
class OpenApiDocumentTest {
  private static final OpenApiDocument DOCUMENT = OpenApiDocument.server();
  private static final JsonNode ROOT = DOCUMENT.root();
  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  @Test
  void isAnOpenApi31Document() {
    assertThat(ROOT.path("openapi").asText()).startsWith("3.1.");
    assertThat(ROOT.path("info").path("title").isTextual()).isTrue();
    assertThat(ROOT.path("info").path("version").isTextual()).isTrue();
    assertThat(ROOT.path("paths").size()).isPositive();
  }

  @Test
  void everyReferenceResolves() {
    List<String> refs = ROOT.findValuesAsText("$ref");
    assertThat(refs).isNotEmpty();
    assertThat(refs)
        .allSatisfy(ref -> assertThat(DOCUMENT.resolve(ref).isObject()).as(ref).isTrue());
  }

  @Test
  void everyOperationAnswersWithSchemasAndDeclaresItsPathParameters() {
    forEachOperation((where, path, op) -> {
      assertThat(op.path("summary").asText()).as("%s summary", where).isNotBlank();
      assertThat(op.path("responses").size()).as("%s responses", where).isPositive();
      assertThat(op.path("responses").fieldNames())
          .toIterable()
          .as("%s has a success", where)
          .anyMatch(s -> s.startsWith("2"));
      op.path("responses").fields().forEachRemaining(r -> {
        JsonNode response = resolved(r.getValue());
        assertThat(response.path("description").asText())
            .as("%s %s description", where, r.getKey())
            .isNotBlank();
        if (r.getKey().startsWith("2")) {
          assertThat(response.path("content").size())
              .as("%s %s content", where, r.getKey())
              .isPositive();
        }
        response.path("content").fields().forEachRemaining(c -> assertThat(
                c.getValue().path("schema").isObject())
            .as("%s %s %s schema", where, r.getKey(), c.getKey())
            .isTrue());
      });
      Set<String> declared = new TreeSet<>();
      op.path("parameters").forEach(p -> {
        JsonNode parameter = resolved(p);
        assertThat(parameter.path("name").asText()).as("%s parameter", where).isNotBlank();
        assertThat(parameter.path("in").asText()).isIn("query", "path", "header", "cookie");
        assertThat(parameter.path("schema").isObject())
            .as("%s %s schema", where, parameter.path("name"))
            .isTrue();
        if ("path".equals(parameter.path("in").asText())) {
          assertThat(parameter.path("required").asBoolean())
              .as("%s path parameter required", where)
              .isTrue();
          declared.add(parameter.path("name").asText());
        }
      });
      Set<String> inTemplate = new TreeSet<>();
      Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
      while (m.find()) {
        inTemplate.add(m.group(1));
      }
      assertThat(declared).as("%s path parameters", where).isEqualTo(inTemplate);
    });
  }

  @Test
  void everyErrorIsTheProblemShape() {
    forEachOperation((where, path, op) -> op.path("responses").fields().forEachRemaining(r -> {
      if (r.getKey().startsWith("4")
          || r.getKey().startsWith("5")
          || r.getKey().equals("default")) {
        assertThat(r.getValue().path("$ref").asText())
            .as("%s %s", where, r.getKey())
            .isEqualTo("#/components/responses/Problem");
      }
    }));
    JsonNode problem = ROOT.at("/components/responses/Problem/content");
    assertThat(problem.fieldNames()).toIterable().containsExactly("application/problem+json");
    assertThat(problem.at("/application~1problem+json/schema/$ref").asText())
        .isEqualTo("#/components/schemas/Problem");
  }

  @Test
  void everyOperationNamesItsRefusals() {
    forEachOperation((where, path, op) -> {
      JsonNode responses = op.path("responses");
      assertThat(responses.has("400"))
          .as("%s 400 (unknown parameters at least)", where)
          .isTrue();
      assertThat(responses.has("403")).as("%s 403 (the host check)", where).isTrue();
      assertThat(responses.has("default")).as("%s default", where).isTrue();
      if (path.contains("{") && !path.startsWith("/tiles")) {
        assertThat(responses.has("404")).as("%s 404", where).isTrue();
      }
      if (op.has("security")) {
        assertThat(responses.has("401")).as("%s 401", where).isTrue();
        assertThat(responses.has("413")).as("%s 413", where).isTrue();
        assertThat(responses.has("422")).as("%s 422", where).isTrue();
      }
    });
  }

  @Test
  void componentSchemasAreValidJsonSchema() {
    var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    ROOT.path("components").path("schemas").fields().forEachRemaining(s -> assertThat(
            meta.validate(s.getValue()))
        .as(s.getKey())
        .isEmpty());
  }

  @Test
  void sharedSchemasAreThoseOfDocsSchema() throws IOException {
    Map<String, JsonNode> expected = SharedSchemas.components(JsonSchemas.DIR);
    assertThat(expected)
        .containsKeys(
            "Figures", "FiguresMethod", "Changes", "History", "HistoryObservation", "Series");
    JsonNode actual = ROOT.path("components").path("schemas");
    expected.forEach((name, schema) -> assertThat(actual.get(name))
        .as(
            "components/schemas/%s differs from"
                + " docs/schema: run python3 tools/openapi-schemas.py",
            name)
        .isEqualTo(schema));
  }

  private interface OperationCheck {
    void check(String where, String path, JsonNode operation);
  }

  private static void forEachOperation(OperationCheck check) {
    ROOT.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
      if (METHODS.contains(op.getKey())) {
        check.check(op.getKey().toUpperCase() + " " + p.getKey(), p.getKey(), op.getValue());
      }
    }));
  }

  private static JsonNode resolved(JsonNode node) {
    return node.has("$ref") ? DOCUMENT.resolve(node.get("$ref").asText()) : node;
  }

  /** The rule of tools/openapi-schemas.py: docs/schema/NAME.schema.json as component Name, its $defs as NameKey. */
  static final class SharedSchemas {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern REF =
        Pattern.compile("^(?:([a-z]+)\\.schema\\.json)?#/\\$defs/([a-z_]+)$");

    static Map<String, JsonNode> components(Path dir) {
      Map<String, JsonNode> out = new java.util.LinkedHashMap<>();
      try (var files = Files.list(dir)) {
        for (Path file :
            files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList()) {
          String stem = file.getFileName().toString().replace(".schema.json", "");
          ObjectNode schema = (ObjectNode) MAPPER.readTree(file.toFile());
          JsonNode defs = schema.remove("$defs");
          schema.remove(List.of("$schema", "$id"));
          out.put(camel(stem), rewrite(schema, stem));
          if (defs != null) {
            defs.fields()
                .forEachRemaining(
                    d -> out.put(camel(stem) + camel(d.getKey()), rewrite(d.getValue(), stem)));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return out;
    }

    private static JsonNode rewrite(JsonNode node, String stem) {
      JsonNode copy = node.deepCopy();
      List<ObjectNode> withRefs = new ArrayList<>();
      copy.findParents("$ref").forEach(p -> withRefs.add((ObjectNode) p));
      for (ObjectNode o : withRefs) {
        Matcher m = REF.matcher(o.get("$ref").asText());
        assertThat(m.matches())
            .as("%s.schema.json: a shareable reference, not %s", stem, o.get("$ref"))
            .isTrue();
        o.put(
            "$ref",
            "#/components/schemas/" + camel(m.group(1) == null ? stem : m.group(1))
                + camel(m.group(2)));
      }
      return copy;
    }

    private static String camel(String word) {
      StringBuilder out = new StringBuilder();
      for (String part : word.split("_")) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
      return out.toString();
    }
  }
}
