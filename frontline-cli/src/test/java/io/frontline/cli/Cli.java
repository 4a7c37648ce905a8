package io.frontline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Runs the command line in-process, as a user would, and keeps one demo store to copy from. */
final class Cli {
  private static Path scenarioTemplate;
  private static Path template;
  private static Run templateRun;

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Run(exit, out.toString(), err.toString());
  }

  /** What the demo printed when it made the template store. */
  static synchronized Run demoRun(Path dir) {
    demoStore(dir);
    return templateRun;
  }

  /** A fresh copy of a store with the Islamic State scenario and no events ({@code demo --no-events}), in {@code dir}. */
  static synchronized Path scenarioStore(Path dir) {
    try {
      if (scenarioTemplate == null) {
        Path t = Files.createTempDirectory("frontline-scenario-template").resolve("scenario.gpkg");
        Run run = run("demo", "--no-events", "--store", t.toString());
        if (run.exit() != 0) {
          throw new IllegalStateException("demo --no-events failed: " + run.err());
        }
        scenarioTemplate = t;
      }
      Path copy = dir.resolve("frontline.gpkg");
      Files.copy(scenarioTemplate, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fresh copy of a store with the Islamic State scenario loaded, in {@code dir}. */
  static synchronized Path demoStore(Path dir) {
    try {
      if (template == null) {
        Path t = Files.createTempDirectory("frontline-demo-template").resolve("demo.gpkg");
        Run run = run("demo", "--store", t.toString());
        if (run.exit() != 0) {
          throw new IllegalStateException("demo failed: " + run.err());
        }
        template = t;
        templateRun = run;
      }
      Path copy = dir.resolve("frontline.gpkg");
      Files.copy(template, copy, StandardCopyOption.REPLACE_EXISTING);
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
