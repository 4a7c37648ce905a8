package io.frontline.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** Records the retraction of an observation: it no longer counts, and stays in the history. */
@Command(
    name = "retract",
    mixinStandardHelpOptions = true,
    description = {
      "Retract an observation, named by its lineage id ('frontline history PLACE' shows it): a new"
          + " version, with the source that shows it wrong and the reason, after which it no longer counts in"
          + " figures and maps. Earlier versions stay in the history, and --as-of reproduces them."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad option, 3 a refused source or reason, or already retracted (nothing"
          + " written), 4 unknown observation, 5 store problem."
    })
final class RetractCommand implements Callable<Integer> {
  @Mixin
  RevisionOptions revision;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return revision.record(
        spec.commandLine().getOut(),
        "Retracted",
        writes -> writes.retract(
            revision.lineage, revision.sourceInput(), revision.reason, revision.recordedBy));
  }
}
