package io.frontline.cli;

import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every new version of an observation names ('correct', 'retract'): the store, the observation by its lineage,
 * the source that supports the change, the reason and who records it; and the one way such a version is recorded and
 * printed.
 */
final class RevisionOptions {
  @Option(names = "--store", paramLabel = "FILE", defaultValue = "frontline.gpkg",
      description = "The store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  Path store;
  @Mixin
  SourceOptions source;
  @Parameters(paramLabel = "LINEAGE", description = "The observation's lineage id (or its first 8+ characters).")
  String lineage;
  @Option(names = "--reason", required = true, paramLabel = "TEXT",
      description = "Why the observation is corrected or withdrawn.")
  String reason;
  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who records the new version (default: the user name).")
  String recordedBy;
  @Option(names = "--json", description = "Print the version recorded as JSON (docs/schema/observation.schema.json).")
  boolean json;

  /** Makes the new version of an observation that is not retracted. */
  interface Change {
    Observation record(Workspace ws, Observation previous, Source source, String why, String by);
  }

  /** Records the change and prints it ({@code verb}: "Corrected", "Retracted"); returns the exit code. */
  int record(PrintWriter out, String verb, Change change) {
    String why = Revisions.reason(reason);
    Source given = source.source();
    try (Workspace ws = Workspace.open(StoreOptions.of(store))) {
      Observation previous = Lineages.latest(ws.store(), lineage);
      Lineages.checkNotRetracted(previous);
      Observation recorded = change.record(ws, previous, given, why, Revisions.recorder(recordedBy));
      Recorded print = new Recorded(ws, out);
      if (json) {
        print.json(recorded);
      } else {
        print.text(verb, previous, recorded, why);
      }
    }
    return ExitCode.OK;
  }
}
