package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Creates a new store for any conflict: the world gazetteer (GeoNames cities500 and the supplement) and the given
 * actors, over the bundled world basemap. An existing file is never touched; a store whose creation fails is removed.
 */
final class StoreSetup {
  static final String META_KEY = "gazetteer";
  static final String WORLD = "world-geonames-cities500";

  private StoreSetup() {}

  /** What was created. */
  record Created(Path file, long places, int countries, int actors, double seconds) {
    void print(PrintWriter out) {
      out.printf(
          "Created %s in %.1f s: %,d places in %d countries (GeoNames cities500, CC BY 4.0, and the"
              + " supplement), the bundled world basemap (%d countries), %s.%n",
          file,
          seconds,
          places,
          countries,
          Workspace.basemap().countries().size(),
          actors == 0
              ? "no actors yet; add them with 'frontline actors add' or 'frontline actors import FILE'"
              : actors + (actors == 1 ? " actor" : " actors"));
    }
  }

  /** Refuses an existing file (bad usage), then creates the store; the actors must already be checked. */
  static Created create(Path file, List<Actor> actors) {
    if (Files.exists(file)) {
      throw Refusal.badInput(
          null,
          "will not overwrite " + file.toAbsolutePath() + ": it exists; give another --store");
    }
    long started = System.nanoTime();
    try (GeoPackageStore store = open(file)) {
      BundledGazetteer.Loaded[] loaded = new BundledGazetteer.Loaded[1];
      Progress.run(
          "Loading the world gazetteer", () -> loaded[0] = BundledGazetteer.loadWorld(store));
      store.putActors(actors);
      store.putMeta(META_KEY, WORLD);
      return new Created(
          file,
          loaded[0].places(),
          loaded[0].countries(),
          actors.size(),
          (System.nanoTime() - started) / 1e9);
    } catch (RuntimeException e) {
      remove(file, e);
      throw e;
    }
  }

  private static GeoPackageStore open(Path file) {
    try {
      return GeoPackageStore.open(file);
    } catch (IllegalArgumentException e) {
      throw Refusal.unavailable(e.getMessage(), e);
    }
  }

  private static void remove(Path file, RuntimeException failure) {
    for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
      try {
        Files.deleteIfExists(Path.of(file + suffix));
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
