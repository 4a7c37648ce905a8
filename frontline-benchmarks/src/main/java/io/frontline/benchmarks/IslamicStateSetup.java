package io.frontline.benchmarks;

import io.frontline.actors.Actors;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.IslamicStateScenario;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import io.frontline.timeline.RecordTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The real Islamic State scenario as the product runs it: loaded into a temporary GeoPackage store, read back as
 * recorded now, and indexed with the default zone parameters.
 */
public final class IslamicStateSetup {
  public static final LocalDate SERIES_FROM = LocalDate.of(2014, 6, 1);
  public static final LocalDate SERIES_TO = LocalDate.of(2019, 3, 23);

  private IslamicStateSetup() {}

  public static Scenario load() {
    Path dir = tempDir();
    try (GeoPackageStore store = GeoPackageStore.open(dir.resolve("is-scenario.gpkg"))) {
      Timed<List<Observation>> loaded = Timed.of(() -> {
        IslamicStateScenario.load(store, Clock.systemUTC());
        return store.observations(RecordTime.now());
      });
      NaturalEarthBasemap basemap = NaturalEarthBasemap.shared();
      basemap.countries(); // loaded here, so that the build time is the index's alone
      Timed<ControlIndex> built = Timed.of(() -> new ControlIndexBuilder(
              store,
              basemap,
              ZoneConfig.DEFAULT,
              new io.frontline.control.LayoutMemo(),
              io.frontline.bundled.BundledPopulation.of(store))
          .build(loaded.value()));
      String description = String.format(
          java.util.Locale.ROOT,
          "real: %d sourced observations of %d footprints (bundled IS scenario)",
          loaded.value().size(),
          built.value().footprints().size());
      return new Scenario(
          "Islamic State 2014-2019",
          description,
          built.value(),
          new Actors(store.actors()),
          basemap,
          BundledGazetteer.places(),
          SERIES_FROM,
          SERIES_TO,
          "islamic-state",
          loaded.ms(),
          built.ms());
    } finally {
      delete(dir);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("frontline-bench-");
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot create a temporary directory for the scenario store", e);
    }
  }

  private static void delete(Path dir) {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
      Files.delete(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary scenario store in " + dir, e);
    }
  }
}
