package io.frontline.cli;

import io.frontline.refusals.Refusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks, before any work, that an output file can be written: its folder exists and takes new files. */
final class OutputFile {
  private OutputFile() {}

  /** A missing folder is not found (exit 4); a folder, or a place that refuses new files, is a bad value (exit 2). */
  static void check(Path file) {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw Refusal.notFound("cannot write " + file + ": no directory " + parent);
    }
    if (Files.isDirectory(target)) {
      throw Refusal.badInput(null, "cannot write " + file + ": it is a directory");
    }
    if (Files.exists(target) && !Files.isWritable(target)) {
      throw Refusal.badInput(null, "cannot write " + file + ": the file is read-only");
    }
    try {
      Files.delete(Files.createTempFile(parent, ".frontline-", ".probe"));
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      throw Refusal.badInput(
          null, "cannot write " + file + ": " + parent + " does not accept new files");
    }
  }
}
