package io.frontline.cli;

import io.frontline.app.observations.ObservationInput;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.RecordedVersion;
import io.frontline.app.observations.StoreAccess;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every new version of an observation names ('correct', 'retract'): the store, the observation by its lineage,
 * the source that supports the change, the reason and who records it; and the one way such a version is printed.
 */
final class RevisionOptions {
  /** Where the findings of a command's fields are told: the source as a whole at --source-url. */
  static final Map<String, String> NAMES = Map.of("source", "source_url");

  @Option(
      names = "--store",
      paramLabel = "FILE",
      defaultValue = "frontline.gpkg",
      description =
          "The store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  Path store;

  @Mixin
  SourceOptions source;

  @Parameters(
      paramLabel = "LINEAGE",
      description = "The observation's lineage id (or its first 8+ characters).")
  String lineage;

  @Option(
      names = "--reason",
      required = true,
      paramLabel = "TEXT",
      description = "Why the observation is corrected or withdrawn.")
  String reason;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      defaultValue = "${sys:user.name}",
      description = "Who records the new version (default: the user name).")
  String recordedBy;

  @Option(
      names = "--json",
      description = "Print the version recorded as JSON (docs/schema/observation.schema.json).")
  boolean json;

  /** A write of a new version, given the use case. */
  interface Change {
    RecordedVersion record(ObservationWrites writes);
  }

  /** The source options as the fields of an observation. */
  ObservationInput sourceInput() {
    return ObservationInput.of(source.fields()).named(NAMES);
  }

  /** Records the change and prints it ({@code verb}: "Corrected", "Retracted"); returns the exit code. */
  int record(PrintWriter out, String verb, Change change) {
    try (Workspace ws = Workspace.open(StoreOptions.of(store))) {
      RecordedVersion recorded = change.record(
          new ObservationWrites(StoreAccess.direct(ws.store()), ws.actors(), Workspace.basemap()));
      Recorded print = new Recorded(ws, out);
      if (json) {
        out.println(io.frontline.app.AppJson.pretty(recorded.toJson()));
      } else {
        print.text(verb, recorded, reason.strip());
      }
    }
    return ExitCode.OK;
  }
}
