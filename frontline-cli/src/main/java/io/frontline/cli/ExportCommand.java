package io.frontline.cli;

import io.frontline.app.exports.ExportFormat;
import io.frontline.app.exports.Exports;
import io.frontline.refusals.Refusal;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports observations, or the control map of a date, for GIS tools and spreadsheets. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the observations (every current version) or, with --date, the control map of that date.",
      "geojson: observations, or control areas per actor, status and basis (observed, stale, inferred) and the"
          + " settlements; csv: observations, or the settlements and their holders; kml (with --date): the control"
          + " areas and settlements; gpkg: a GeoPackage with the layers control_areas and settlements (with --date)"
          + " or a consistent copy of the store."
    })
final class ExportCommand implements Callable<Integer> {
  enum Format {
    geojson,
    gpkg,
    csv,
    kml
  }

  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--format",
      required = true,
      paramLabel = "FORMAT",
      description = "geojson, gpkg, csv or kml.")
  Format format;

  @Option(
      names = "--date",
      paramLabel = "YYYY-MM-DD",
      description = "Export the control map of this date.")
  String date;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Output file (default: standard output; required for gpkg).")
  Path out;

  @Override
  public Integer call() throws IOException {
    Optional<LocalDate> day = Optional.ofNullable(date).map(d -> Dates.parse("--date", d));
    ExportFormat chosen = ExportFormat.of(format.name().toLowerCase(Locale.ROOT));
    Exports.check(day, chosen);
    if (chosen == ExportFormat.GPKG && out == null) {
      throw Refusal.badInput(null, "--format gpkg needs --out FILE");
    }
    if (out != null) {
      OutputFile.check(out);
    }
    if (chosen == ExportFormat.GPKG && Files.exists(out)) {
      throw Refusal.badInput(
          null, "will not overwrite " + out + "; remove it first or choose another --out");
    }
    try (Workspace ws = Workspace.open(store);
        OutputStream stream = open()) {
      Exports.write(ws, day, chosen, stream);
    }
    if (out != null) {
      spec.commandLine().getErr().println("Wrote " + out.toAbsolutePath());
    }
    return ExitCode.OK;
  }

  private OutputStream open() throws IOException {
    if (out == null) {
      return new FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newOutputStream(out);
  }
}
