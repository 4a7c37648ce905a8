package io.frontline.cli;

import io.frontline.observations.Observation;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Records the retraction of an observation: it no longer counts, and stays in the history. */
@Command(name = "retract", mixinStandardHelpOptions = true,
    description = {"Retract an observation, named by its lineage id ('frontline history PLACE' shows it): a new"
        + " version, with the source that shows it wrong and the reason, after which it no longer counts in"
        + " figures and maps. Earlier versions stay in the history, and --as-of reproduces them."},
    footer = {"", "Exit codes: 0 ok, 2 bad value, 3 already retracted (nothing written), 4 unknown observation,"
        + " 5 store problem."})
final class RetractCommand implements Callable<Integer> {
  @Option(names = "--store", paramLabel = "FILE", defaultValue = "frontline.gpkg",
      description = "The store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  java.nio.file.Path store;
  @Mixin
  SourceOptions source;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "LINEAGE", description = "The observation's lineage id (or its first 8+ characters).")
  String lineage;
  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the observation is withdrawn.")
  String reason;
  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who records the retraction (default: the user name).")
  String recordedBy;
  @Option(names = "--json", description = "Print the version recorded as JSON (docs/schema/observation.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    String why = Revisions.reason(reason);
    var given = source.source();
    try (Workspace ws = Workspace.open(StoreOptions.of(store))) {
      Observation previous = Lineages.latest(ws.store(), lineage);
      Lineages.checkNotRetracted(previous);
      Observation recorded = ws.store().retract(previous.lineage(), given, why, Revisions.recorder(recordedBy));
      Recorded print = new Recorded(ws, spec.commandLine().getOut());
      if (json) {
        print.json(recorded);
      } else {
        print.text("Retracted", previous, recorded, why);
      }
    }
    return ExitCode.OK;
  }
}
