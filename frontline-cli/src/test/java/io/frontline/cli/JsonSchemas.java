package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates command output against the JSON Schemas in docs/schema. */
final class JsonSchemas {
  static final Path DIR = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(
          m -> m.mapPrefix("https://frontline.example/schema/", DIR.toUri().toString())));

  private JsonSchemas() {}

  static JsonNode validate(String schemaFile, String json) throws Exception {
    JsonNode node = new ObjectMapper().readTree(json);
    JsonSchema schema = FACTORY.getSchema(Files.newInputStream(DIR.resolve(schemaFile)));
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors)
        .as("%s against %s", json.length() > 400 ? json.substring(0, 400) : json, schemaFile)
        .isEmpty();
    return node;
  }
}
