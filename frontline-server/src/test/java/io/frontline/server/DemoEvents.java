package io.frontline.server;

import io.frontline.actors.Actors;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.BundledEvents;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.events.EventImport;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.store.GeoPackageStore;
import io.frontline.testing.MemoryGazetteer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/** The demo store with the bundled events (UCDP GED and the strike releases), made once per test run. */
public final class DemoEvents {
  private static Path template;

  private DemoEvents() {}

  /** A copy of the demo store with the bundled events in {@code dir}. */
  public static synchronized Path copy(Path dir) {
    try {
      if (template == null) {
        Path t = DemoStore.copy(Files.createTempDirectory("frontline-events-template"));
        EventReadOptions options = new EventReadOptions(
            new Actors(BundledActors.islamicStateScenario()),
            new MemoryGazetteer(BundledGazetteer.places()),
            NaturalEarthBasemap.shared(),
            LocalDate.of(2026, 1, 1),
            null);
        try (GeoPackageStore store = GeoPackageStore.open(t)) {
          for (BundledEvents.Dataset d : BundledEvents.Dataset.values()) {
            Path file = BundledEvents.extract(d, t.getParent());
            EventImport.Outcome o = EventImport.run(file, options, store, n -> {});
            if (o.added() == 0) {
              throw new IllegalStateException(d + " did not import: " + o.read().findings());
            }
          }
        }
        template = t;
      }
      Path copy = dir.resolve("frontline.gpkg");
      Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
