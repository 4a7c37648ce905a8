package io.frontline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One store made by 'frontline init' (the world gazetteer, no actors), made once and copied for each test. */
final class WorldStore {
  private static Path template;
  private static Cli.Run templateRun;

  private WorldStore() {}

  /** What init printed when it made the template. */
  static synchronized Cli.Run initRun() {
    template();
    return templateRun;
  }

  /** The template itself: read it, never write to it. */
  static synchronized Path template() {
    if (template == null) {
      try {
        Path dir = Files.createTempDirectory("frontline-world-template");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        Path t = dir.resolve("world.gpkg");
        Cli.Run run = Cli.run("init", "--store", t.toString());
        if (run.exit() != 0) {
          throw new IllegalStateException("init failed: " + run.err());
        }
        template = t;
        templateRun = run;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return template;
  }

  /** The template (85 MB) and what lies beside it go when the tests' JVM ends. */
  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      System.err.println(
          "could not delete the world store template in " + dir + ": " + e.getMessage());
    }
  }

  /** A fresh copy of the template in {@code dir}. */
  static Path copy(Path dir) {
    try {
      return Files.copy(template(), dir.resolve("world.gpkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
