package io.frontline.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** One store made by 'frontline init' (the world gazetteer, no actors), made once and copied for each test. */
final class WorldStore {
  private static Path template;
  private static Cli.Run templateRun;

  private WorldStore() {
  }

  /** What init printed when it made the template. */
  static synchronized Cli.Run initRun() {
    template();
    return templateRun;
  }

  /** The template itself: read it, never write to it. */
  static synchronized Path template() {
    if (template == null) {
      try {
        Path t = Files.createTempDirectory("frontline-world-template").resolve("world.gpkg");
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

  /** A fresh copy of the template in {@code dir}. */
  static Path copy(Path dir) {
    try {
      return Files.copy(template(), dir.resolve("world.gpkg"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
