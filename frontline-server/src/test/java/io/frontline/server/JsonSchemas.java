package io.frontline.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/** Validates API answers against the JSON Schemas in docs/schema, which the command line's JSON shares. */
public final class JsonSchemas {
  static final Path DIR = Path.of("..", "docs", "schema").toAbsolutePath().normalize();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(
      SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(
          m -> m.mapPrefix("https://frontline.example/schema/", DIR.toUri().toString())));

  private JsonSchemas() {}

  public static void assertValid(String schemaFile, JsonNode node) {
    try {
      JsonSchema schema = FACTORY.getSchema(Files.newInputStream(DIR.resolve(schemaFile)));
      Set<ValidationMessage> errors = schema.validate(node);
      String text = node.toString();
      assertThat(errors)
          .as("%s against %s", text.length() > 400 ? text.substring(0, 400) : text, schemaFile)
          .isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
