package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.events.EventImportOutcome;
import io.frontline.app.events.EventImportRejected;
import io.frontline.app.events.EventImports;
import io.frontline.app.observations.StoreAccess;
import io.frontline.refusals.Refusal;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Imports an event file, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import conflict events: UCDP GED, ACLED or coalition strike releases, told by the header"
          + " (docs/formats/events.md).",
      "The whole file is checked first and every problem reported; nothing is written if any row is rejected."
          + " Events already in the store are skipped, so importing a file twice adds nothing."
    })
final class EventsImportCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The CSV file to import.")
  Path file;

  @Option(names = "--dry-run", description = "Check the file and print the report; write nothing.")
  boolean dryRun;

  @Option(
      names = "--json",
      description = "Print the report as JSON (docs/schema/event-import.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw Refusal.notFound("no file at " + file.toAbsolutePath());
    }
    PrintWriter err = spec.commandLine().getErr();
    try (Workspace ws = Workspace.open(store)) {
      EventImports imports = new EventImports(StoreAccess.direct(ws.store()), Workspace.basemap());
      EventImports.Request request = new EventImports.Request(
          file,
          dryRun,
          rows -> progress(err, "Read", rows),
          written -> progress(err, "Stored", written));
      try {
        report(imports.run(request, ws.actors()));
      } catch (EventImportRejected rejected) {
        report(rejected.outcome());
        throw rejected;
      }
    }
    return ExitCode.OK;
  }

  private static void progress(PrintWriter err, String what, long count) {
    if (Progress.enabled()) {
      err.printf(Locale.US, "%s %,d%n", what, count);
      err.flush();
    }
  }

  private void report(EventImportOutcome outcome) {
    spec.commandLine().getOut().println(json ? AppJson.pretty(outcome.toJson()) : outcome.text());
  }
}
