package io.frontline.formats.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads actors from a file: JSON (an array of objects with {@code id}, {@code name}, {@code kind}, {@code colour},
 * {@code aliases} and {@code names}, as docs/schema/actors.schema.json describes and {@code frontline actors --json}
 * prints) or CSV (columns {@code id,name,kind,colour,aliases}, aliases separated by '|'). Every problem is collected.
 */
public final class ActorFileReader {
  static final Set<String> CSV_COLUMNS = Set.of("id", "name", "kind", "colour", "aliases");
  private static final CSVFormat CSV = CSVFormat.RFC4180
      .builder()
      .setHeader()
      .setSkipHeaderRecord(true)
      .setIgnoreEmptyLines(true)
      .get();

  private ActorFileReader() {}

  /** Reads the file, JSON when its name ends in .json or its text starts with '[' or '{', CSV otherwise. */
  public static ActorFile read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("^\uFEFF", "");
    boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        || text.stripLeading().startsWith("[")
        || text.stripLeading().startsWith("{");
    return json ? readJson(text) : readCsv(new java.io.StringReader(text));
  }

  static ActorFile readJson(String text) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      return failed("malformed JSON at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
    }
    JsonNode array = root != null && root.isObject() ? root.get("actors") : root;
    if (array == null || !array.isArray()) {
      return failed("expected a JSON array of actors (or an object with an \"actors\" array)");
    }
    List<Actor> actors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      String where = "actor " + (i + 1);
      try {
        actors.add(actor(array.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(where + ": " + e.getMessage());
      }
    }
    return new ActorFile(actors, problems);
  }

  static ActorFile readCsv(Reader text) throws IOException {
    List<Actor> actors = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (CSVParser parser = CSV.parse(text)) {
      List<String> header = parser.getHeaderNames();
      problems.addAll(headerProblems(header));
      if (!problems.isEmpty()) {
        return new ActorFile(actors, problems);
      }
      for (CSVRecord row : parser) {
        String where = "line " + parser.getCurrentLineNumber();
        try {
          actors.add(actor(row));
        } catch (IllegalArgumentException e) {
          problems.add(where + ": " + e.getMessage());
        }
      }
    } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
      problems.add("malformed CSV: " + e.getMessage());
    }
    return new ActorFile(actors, problems);
  }

  private static List<String> headerProblems(List<String> header) {
    List<String> problems = new ArrayList<>();
    for (String column : header) {
      if (!CSV_COLUMNS.contains(column)) {
        problems.add(
            "line 1: unknown column '" + column + "'; the columns are id,name,kind,colour,aliases");
      }
    }
    for (String required : List.of("id", "name", "kind", "colour")) {
      if (!header.contains(required)) {
        problems.add("line 1: missing column '" + required
            + "'; the columns are id,name,kind,colour,aliases");
      }
    }
    return problems;
  }

  private static Actor actor(CSVRecord row) {
    if (!row.isConsistent()) {
      throw new IllegalArgumentException(
          "expected " + row.getParser().getHeaderNames().size() + " fields, found " + row.size());
    }
    List<String> aliases = new ArrayList<>();
    if (row.isMapped("aliases")) {
      for (String alias : row.get("aliases").split("\\|")) {
        if (!alias.isBlank()) {
          aliases.add(alias.strip());
        }
      }
    }
    return new Actor(
        row.get("id").strip(),
        row.get("name").strip(),
        ActorKind.parse(row.get("kind")),
        row.get("colour").strip(),
        aliases,
        Map.of());
  }

  private static Actor actor(JsonNode n) {
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected an object with id, name, kind, colour");
    }
    return new Actor(
        text(n, "id", true),
        text(n, "name", true),
        ActorKind.parse(text(n, "kind", true)),
        text(n, "colour", true),
        strings(n.get("aliases")),
        names(n.get("names")));
  }

  private static String text(JsonNode n, String field, boolean required) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException("'" + field + "' is required");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("'" + field + "' must be a string, was " + v);
    }
    return v.asText().strip();
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    if (array == null || array.isNull()) {
      return out;
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException("'aliases' must be an array of strings, was " + array);
    }
    for (JsonNode v : array) {
      if (!v.isTextual() || v.asText().isBlank()) {
        throw new IllegalArgumentException("'aliases' must hold non-blank strings, found " + v);
      }
      out.add(v.asText().strip());
    }
    return out;
  }

  private static Map<String, String> names(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    if (object == null || object.isNull()) {
      return out;
    }
    if (!object.isObject()) {
      throw new IllegalArgumentException(
          "'names' must be an object of language code to name, was " + object);
    }
    object.fields().forEachRemaining(e -> {
      if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        throw new IllegalArgumentException("names." + e.getKey() + " must be a non-blank string");
      }
      out.put(e.getKey(), e.getValue().asText().strip());
    });
    return out;
  }

  private static ActorFile failed(String problem) {
    return new ActorFile(List.of(), List.of(problem));
  }
}
