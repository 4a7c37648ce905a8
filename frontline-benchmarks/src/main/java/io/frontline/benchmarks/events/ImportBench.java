package io.frontline.benchmarks.events;

import io.frontline.actors.Actors;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.events.EventCsvReader;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.formats.events.EventReadResult;
import io.frontline.store.GeoPackageStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times event imports: reading and checking a file (with the demo's actors and the Natural Earth basemap for swapped
 * coordinates), then adding its events to a new GeoPackage store in one transaction. The real UCDP file when given,
 * and a million synthetic rows in the UCDP subset's columns (seeded).
 */
final class ImportBench {
  private static final String HEADER =
      "id,year,country,side_a,side_b,dyad_name,latitude,longitude,where_prec,"
          + "deaths_a,deaths_b,deaths_civilians,deaths_unknown\n";
  private static final List<String[]> SIDES = List.of(
      new String[] {"Government of Syria", "Syrian insurgents"},
      new String[] {"Government of Syria", "IS"},
      new String[] {"Government of Iraq", "IS"},
      new String[] {"SDF", "IS"},
      new String[] {"Government of Turkey", "PKK"});

  private ImportBench() {}

  static void run(String ucdp, long seed) throws IOException {
    EventReadOptions options = new EventReadOptions(
        new Actors(BundledActors.islamicStateScenario()), null, NaturalEarthBasemap.shared());
    System.out.println(
        "\n## imports (read and check, then add to a new GeoPackage store in one transaction)");
    System.out.println("| file | rows | events | read s | store s | total s | events/s |");
    System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    Path dir = Files.createTempDirectory("frontline-events-bench");
    try {
      if (ucdp != null) {
        time(
            "UCDP GED Syria/Iraq 2013-2019 (real)",
            Path.of(ucdp),
            options,
            dir.resolve("ucdp.gpkg"));
      }
      Path synthetic = dir.resolve("synthetic-ucdp.csv");
      write(synthetic, 1_000_000, seed);
      time("1,000,000 synthetic UCDP rows", synthetic, options, dir.resolve("synthetic.gpkg"));
    } finally {
      try (var files = Files.walk(dir)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile()
            .delete());
      }
    }
  }

  private static void time(String name, Path file, EventReadOptions options, Path store)
      throws IOException {
    long t0 = System.nanoTime();
    EventReadResult read = EventCsvReader.read(file, options);
    long t1 = System.nanoTime();
    if (!read.importable()) {
      throw new IllegalStateException(name + " did not read: " + read.findings().get(0));
    }
    int added;
    try (GeoPackageStore s = GeoPackageStore.open(store)) {
      added = s.addEvents(read.events());
    }
    long t2 = System.nanoTime();
    double total = (t2 - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "| %s | %,d | %,d | %.1f | %.1f | %.1f | %,.0f |%n",
        name,
        read.records(),
        added,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        total,
        added / total);
  }

  private static void write(Path file, int rows, long seed) throws IOException {
    Random random = new Random(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      for (int i = 1; i <= rows; i++) {
        String[] sides = SIDES.get(random.nextInt(SIDES.size()));
        boolean iraq = random.nextBoolean();
        double lat = iraq ? 32.5 + random.nextDouble() * 3.5 : 34 + random.nextDouble() * 2.5;
        double lon = iraq ? 42 + random.nextDouble() * 3 : 37 + random.nextDouble() * 3.5;
        out.write(String.format(
            Locale.ROOT,
            "%d,%d,%s,%s,%s,%s - %s,%.5f,%.5f,%d,%d,%d,%d,%d%n",
            i,
            2013 + random.nextInt(7),
            iraq ? "Iraq" : "Syria",
            sides[0],
            sides[1],
            sides[0],
            sides[1],
            lat,
            lon,
            1 + random.nextInt(4),
            random.nextInt(5),
            random.nextInt(5),
            random.nextInt(3),
            random.nextInt(2)));
      }
    }
  }
}
