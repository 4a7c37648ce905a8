package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.app.AppJson;
import io.frontline.formats.TextEncoding;
import io.frontline.bundled.BundledOutlets;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportReport;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.observations.Statement;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports a file of observations, all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import observations from GeoJSON, KML, KMZ or CSV (docs/formats/README.md).",
        "Every record is checked and every problem reported; nothing is written if any record is rejected,"
            + " unless --accept-valid is given. Records already in the store, or repeated in the file, are skipped.",
        "A store that does not exist yet is created first, as 'frontline init' does."})
final class ImportCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;
  @Option(names = "--accept-valid", description = "Record the valid records even if others are rejected.")
  boolean acceptValid;
  @Option(names = "--dry-run", description = "Check the file and print the report; write nothing.")
  boolean dryRun;
  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who records the observations (default: the user name).")
  String recordedBy;
  @Option(names = "--json", description = "Print the report as JSON.")
  boolean json;
  @Option(names = "--encoding", paramLabel = "NAME",
      description = "The text encoding of the file, such as windows-1252 or ISO-8859-1 (default: UTF-8; a KML file's "
          + "own declaration).")
  String encoding;
  @Option(names = "--allow-outside-countries",
      description = "Accept areas outside every country (at sea) with a warning instead of refusing them.")
  boolean allowOutsideCountries;
  @Option(names = "--actors", paramLabel = "FILE",
      description = "Load these actors first (JSON or CSV, as 'frontline actors import'); written only with the"
          + " observations, and nothing is written if the file has a problem.")
  Path actorsFile;

  @Override
  public Integer call() {
    var err = spec.commandLine().getErr();
    checkFiles(err);
    createIfMissing(err);
    try (Workspace ws = Workspace.open(store)) {
      List<Actor> newActors = actorsFile == null ? List.of()
          : ActorsFile.newActors(actorsFile, ws.store().actors(), err);
      ImportContext context = ImportContext.of(withNew(ws, newActors), ws.store()).withBasemap(Workspace.basemap())
          .withStore(ws.store()).withOutlets(BundledOutlets.table());
      ImportResult result = ObservationImport.read(file, context, options());
      List<Statement> toRecord = result.toRecord(acceptValid);
      boolean write = !dryRun && !toRecord.isEmpty();
      if (write) {
        ws.store().putActors(newActors);
        Progress.run("Recording " + toRecord.size() + " observations", () -> ws.store().record(toRecord, recordedBy));
      }
      if (!newActors.isEmpty()) {
        err.printf("%s%d actors from %s.%n", write ? "Added " : "Not added: ", newActors.size(),
            actorsFile.getFileName());
      }
      print(result, write ? toRecord.size() : 0);
      return result.hasErrors() && !acceptValid ? ExitCode.REJECTED : ExitCode.OK;
    }
  }

  private ImportOptions options() {
    ImportOptions options = ImportOptions.defaults().withAcceptValid(acceptValid)
        .withAllowOutsideCountries(allowOutsideCountries);
    if (encoding == null) {
      return options;
    }
    try {
      return options.withEncoding(TextEncoding.forName(encoding));
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(null, "--encoding: " + e.getMessage());
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
      err.println("frontline: no store at " + store.store + "; creating it with the world gazetteer, as"
          + " 'frontline init' does");
      StoreSetup.create(store.store, List.of()).print(err);
    }
  }

  private static Actors withNew(Workspace ws, List<Actor> newActors) {
    List<Actor> known = new ArrayList<>(ws.store().actors());
    known.addAll(newActors);
    return new Actors(known);
  }

  private void print(ImportResult result, int recorded) {
    var out = spec.commandLine().getOut();
    if (json) {
      var node = ImportReport.json(result);
      node.put("recorded", recorded);
      out.println(AppJson.pretty(node));
      return;
    }
    out.println(ImportReport.text(result));
    out.println(recorded > 0 ? "Recorded " + recorded + " observations."
        : result.hasErrors() && !acceptValid ? "Nothing was written: fix the rejected records, or use --accept-valid."
        : result.alreadyRecorded() > 0 && result.accepted().isEmpty()
            ? "Nothing was written: every valid record is already recorded."
        : "Nothing was written.");
  }
}
