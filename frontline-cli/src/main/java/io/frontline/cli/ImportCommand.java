package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.app.AppJson;
import io.frontline.app.imports.ImportOutcome;
import io.frontline.app.imports.ImportRejected;
import io.frontline.app.imports.ObservationImports;
import io.frontline.app.observations.StoreAccess;
import io.frontline.formats.TextEncoding;
import io.frontline.imports.ImportOptions;
import io.frontline.refusals.Refusal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a file of observations, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import observations from GeoJSON, KML, KMZ or CSV (docs/formats/README.md).",
      "Every record is checked and every problem reported; nothing is written if any record is rejected,"
          + " unless --accept-valid is given. Records already in the store, or repeated in the file, are skipped.",
      "A store that does not exist yet is created first, as 'frontline init' does."
    })
final class ImportCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Option(
      names = "--accept-valid",
      description = "Record the valid records even if others are rejected.")
  boolean acceptValid;

  @Option(names = "--dry-run", description = "Check the file and print the report; write nothing.")
  boolean dryRun;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      defaultValue = "${sys:user.name}",
      description = "Who records the observations (default: the user name).")
  String recordedBy;

  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;

  @Option(
      names = "--encoding",
      paramLabel = "NAME",
      description =
          "The text encoding of the file, such as windows-1252 or ISO-8859-1 (default: UTF-8; a KML file's "
              + "own declaration).")
  String encoding;

  @Option(
      names = "--allow-outside-countries",
      description =
          "Accept areas outside every country (at sea) with a warning instead of refusing them.")
  boolean allowOutsideCountries;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "Load these actors first (JSON or CSV, as 'frontline actors import'); written only with the"
              + " observations, and nothing is written if the file has a problem.")
  Path actorsFile;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    checkFiles(err);
    createIfMissing(err);
    try (Workspace ws = Workspace.open(store)) {
      List<Actor> newActors = actorsFile == null
          ? List.of()
          : ActorsFile.newActors(actorsFile, ws.store().actors(), err);
      ObservationImports imports = new ObservationImports(
          StoreAccess.direct(ws.store(), write -> Progress.run("Recording observations", write)),
          Workspace.basemap());
      ImportOutcome outcome;
      try {
        outcome = imports.run(
            new ObservationImports.Request(file, options(), dryRun, recordedBy),
            ws.actors(),
            newActors);
      } catch (ImportRejected rejected) {
        report(rejected.outcome(), newActors, err);
        throw rejected;
      }
      report(outcome, newActors, err);
      return ExitCode.OK;
    }
  }

  private void report(ImportOutcome outcome, List<Actor> newActors, PrintWriter err) {
    if (!newActors.isEmpty()) {
      err.printf(
          "%s%d actors from %s.%n",
          outcome.recorded() > 0 ? "Added " : "Not added: ",
          newActors.size(),
          actorsFile.getFileName());
    }
    spec.commandLine().getOut().println(json ? AppJson.pretty(outcome.toJson()) : outcome.text());
  }

  private ImportOptions options() {
    ImportOptions options = ImportOptions.defaults()
        .withAcceptValid(acceptValid)
        .withAllowOutsideCountries(allowOutsideCountries);
    if (encoding == null) {
      return options;
    }
    try {
      return options.withEncoding(TextEncoding.forName(encoding));
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput("encoding", "${encoding}: " + e.getMessage());
    }
  }

  /** The observations file must exist, and the actors file must be sound before any store is made. */
  private void checkFiles(PrintWriter err) {
    if (!Files.isRegularFile(file)) {
      throw Refusal.notFound("no file at " + file.toAbsolutePath());
    }
    if (actorsFile != null) {
      ActorsFile.read(actorsFile, err);
    }
  }

  private void createIfMissing(PrintWriter err) {
    if (!Files.exists(store.store) && !dryRun) {
      err.println("frontline: no store at " + store.store
          + "; creating it with the world gazetteer, as" + " 'frontline init' does");
      StoreSetup.create(store.store, List.of()).print(err);
    }
  }
}
