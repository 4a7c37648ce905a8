package io.frontline.server;

import io.frontline.bundled.IslamicStateScenario;
import io.frontline.store.GeoPackageStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;

/** A store with the Islamic State scenario, made once per test run; each test gets its own copy. */
public final class DemoStore {
  private static Path template;

  private DemoStore() {}

  public static synchronized Path copy(Path dir) {
    try {
      if (template == null) {
        Path t = Files.createTempDirectory("frontline-server-template").resolve("demo.gpkg");
        try (GeoPackageStore store = GeoPackageStore.open(t)) {
          IslamicStateScenario.load(store, Clock.systemUTC());
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
