package io.frontline.benchmarks.cli;

import io.frontline.benchmarks.scale.ScaleConfig;
import io.frontline.benchmarks.scale.ScaleData;
import io.frontline.benchmarks.scale.ScaleGenerator;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.BundledGazetteer;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the synthetic scale scenario (the same seed and counts as the engine benchmark) into a new GeoPackage
 * store, for the command-line benchmark ({@code benchmarks/cli/run.sh}). Usage: {@code ScaleStore FILE [SEED]}.
 */
public final class ScaleStore {
  private ScaleStore() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: ScaleStore FILE [SEED]");
      System.exit(2);
    }
    Path file = Path.of(args[0]);
    if (Files.exists(file)) {
      throw new IllegalArgumentException("will not overwrite " + file + "; remove it first");
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 20140610L;
    ScaleData data = new ScaleGenerator(ScaleConfig.standard(seed))
        .generate(BundledGazetteer.places(), NaturalEarthBasemap.shared());
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      store.putActors(BundledActors.islamicStateScenario());
      store.putPlaces(BundledGazetteer.places());
      store.record(
          data.observations().stream().map(Observation::statement).toList(), "scale-benchmark");
      System.out.printf(
          "%s: %,d observations (seed %d), revision %d%n",
          file, data.observations().size(), seed, store.revision());
    }
  }
}
