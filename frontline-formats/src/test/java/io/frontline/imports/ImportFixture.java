package io.frontline.imports;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.gazetteer.Gazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Writes a fixture file into a temporary directory and imports it with the test actors and gazetteer. */
final class ImportFixture {
  /** "Today" in the tests. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

  static final ImportOptions OPTIONS = ImportOptions.defaults().withClock(CLOCK);

  private final Path dir;
  private final Actors actors = TestActors.standard();
  private final Gazetteer gazetteer;

  ImportFixture(Path dir) {
    this(dir, TestGazetteer.standard());
  }

  ImportFixture(Path dir, Gazetteer gazetteer) {
    this.dir = dir;
    this.gazetteer = gazetteer;
  }

  Path write(String fileName, String content) {
    try {
      return Files.writeString(dir.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ImportResult read(Path file) {
    return ObservationImport.read(file, actors, gazetteer, OPTIONS);
  }

  ImportResult read(Path file, ImportOptions options) {
    return ObservationImport.read(file, actors, gazetteer, options);
  }

  ImportResult read(Path file, Basemap basemap, ImportOptions options) {
    return ObservationImport.read(
        file, ImportContext.of(actors, gazetteer).withBasemap(basemap), options);
  }

  ImportResult read(Path file, ImportContext context) {
    return ObservationImport.read(file, context, OPTIONS);
  }

  ImportContext context() {
    return ImportContext.of(actors, gazetteer);
  }

  ImportResult read(String fileName, String content) {
    return read(write(fileName, content));
  }

  /** A GeoJSON FeatureCollection of the given feature objects. */
  static String collection(String... features) {
    return "{\"type\": \"FeatureCollection\", \"features\": [" + String.join(",\n", features)
        + "]}";
  }

  /** A GeoJSON feature with a geometry (JSON or "null") and properties (the inside of a JSON object). */
  static String feature(String geometry, String properties) {
    return "{\"type\": \"Feature\", \"geometry\": " + geometry + ", \"properties\": {" + properties
        + "}}";
  }
}
