package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An OpenAPI document (the server's 3.1 one, or the 3.0 one derived for /ogc) as a contract: the schema it gives for
 * an operation's answer of a status and media type, with $refs resolved within the document.
 */
public final class OpenApiDocument {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final JsonNode root;
  private final String uri;
  private final JsonSchemaFactory factory;
  private final SchemaValidatorsConfig config =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

  private OpenApiDocument(
      JsonNode root, String uri, JsonMetaSchema dialect, SpecVersion.VersionFlag version) {
    this.root = root;
    this.uri = uri;
    this.factory = JsonSchemaFactory.getInstance(version, b -> b.metaSchema(dialect)
        .defaultMetaSchemaIri(dialect.getIri())
        .schemaLoaders(l -> l.schemas(Map.of(uri, root.toString()))));
  }

  /** The server's document, {@code /web/openapi.json}, as the server reads it. */
  public static OpenApiDocument server() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream("/web/openapi.json")) {
      return new OpenApiDocument(
          MAPPER.readTree(in),
          "https://frontline.example/openapi.json",
          OpenApi31.getInstance(),
          SpecVersion.VersionFlag.V202012);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An OpenAPI 3.0 document (with 3.0's schema dialect: nullable, no type arrays). */
  public static OpenApiDocument openApi30(JsonNode root) {
    return new OpenApiDocument(
        root,
        "https://frontline.example/ogc/openapi.json",
        OpenApi30.getInstance(),
        SpecVersion.VersionFlag.V4);
  }

  public JsonNode root() {
    return root;
  }

  /** The node a local reference ("#/components/schemas/Place") points to, or a missing node. */
  public JsonNode resolve(String ref) {
    return ref.startsWith("#") ? root.at(ref.substring(1)) : MAPPER.missingNode();
  }

  /** The path template of the document a request path falls under ("/api/v1/places/{id}"). */
  public Optional<String> template(String requestPath) {
    String exact = root.path("paths").has(requestPath) ? requestPath : null;
    if (exact != null) {
      return Optional.of(exact);
    }
    for (Iterator<String> it = root.path("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      if (requestPath.matches(template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\."))) {
        return Optional.of(template);
      }
    }
    return Optional.empty();
  }

  /**
   * Checks an answer against the document: the operation declares its status, the answer's media type is one of
   * that response's, and a JSON body is valid against the schema given for it (other bodies are only checked to be
   * there; a 304 to be empty).
   */
  public void assertAnswerConforms(String method, String requestPath, Http.Answer answer) {
    String template = template(requestPath)
        .orElseThrow(() -> new AssertionError("no path of the document matches " + requestPath));
    String op = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT);
    assertThat(root.at(op).isObject())
        .as("%s %s is an operation of the document", method, template)
        .isTrue();
    String responsePointer = op + "/responses/" + answer.status();
    JsonNode response = root.at(responsePointer);
    assertThat(response.isObject())
        .as(
            "%s %s declares status %s (answer: %s)",
            method, template, answer.status(), abbreviate(answer.text()))
        .isTrue();
    if (response.has("$ref")) {
      responsePointer = response.get("$ref").asText().substring(1);
      response = root.at(responsePointer);
    }
    if (answer.status() == 304) {
      assertThat(answer.body()).as("a 304 has no body").isEmpty();
      return;
    }
    String mediaType = mediaType(answer);
    assertThat(response.path("content").has(mediaType))
        .as(
            "%s %s %s declares the media type %s, not only %s",
            method,
            template,
            answer.status(),
            mediaType,
            response.path("content").fieldNames())
        .isTrue();
    if (!mediaType.endsWith("json")) {
      assertThat(answer.body())
          .as("%s %s: a %s body", method, requestPath, mediaType)
          .isNotEmpty();
      return;
    }
    assertValid(
        responsePointer + "/content/" + escape(mediaType) + "/schema",
        answer.json(),
        method + " " + requestPath + " " + answer.status());
  }

  /** Validates {@code node} against the schema at a JSON pointer of the document. */
  public void assertValid(String schemaPointer, JsonNode node, String what) {
    JsonSchema schema = factory.getSchema(SchemaLocation.of(uri + "#" + schemaPointer), config);
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors)
        .as("%s: %s against %s", what, abbreviate(node.toString()), schemaPointer)
        .isEmpty();
  }

  static String mediaType(Http.Answer answer) {
    String type = answer.header("Content-Type");
    assertThat(type).as("Content-Type of %s", abbreviate(answer.text())).isNotNull();
    return type.split(";")[0].strip().toLowerCase(Locale.ROOT);
  }

  /** A JSON pointer token: "~" and "/" escaped. */
  public static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }
}
