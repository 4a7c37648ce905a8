package io.frontline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** GeoPackage export: a consistent copy of the store, or the control map of a date as layers. */
final class GpkgExport {
  private GpkgExport() {
  }

  static void write(Workspace ws, LocalDate day, Path out) {
    if (Files.exists(out)) {
      throw UserError.usage("will not overwrite " + out + "; remove it first or choose another --out");
    }
    throw UserError.usage("--format gpkg with --date is not available yet");
  }
}
