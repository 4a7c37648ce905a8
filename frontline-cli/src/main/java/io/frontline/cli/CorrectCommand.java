package io.frontline.cli;

import io.frontline.app.observations.ObservationInput;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Records a corrected version of an observation: the fields given change, the rest is kept. */
@Command(
    name = "correct",
    mixinStandardHelpOptions = true,
    description = {
      "Record a corrected version of an observation, named by its lineage id ('frontline history PLACE'"
          + " shows it). The fields given change; the others are kept. The source that supports the correction and"
          + " the reason are required; the reason is kept in the note as [correction: REASON].",
      "Nothing is overwritten: the earlier versions stay in the history, and --as-of reproduces them."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad option, 3 a refused value (unknown actor, bad date...) or a retracted"
          + " observation (nothing written), 4 unknown observation, 5 store problem."
    })
final class CorrectCommand implements Callable<Integer> {
  @Mixin
  RevisionOptions revision;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--actor", paramLabel = "ACTOR", description = "The actor (id, name or alias).")
  String actor;

  @Option(
      names = "--from-actor",
      paramLabel = "ACTOR",
      description =
          "The previous holder, the other party of a contest, or the holder of a besieged place.")
  String fromActor;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "controls, contested, besieged, presence or ends (ends: of an area only).")
  String status;

  @Option(
      names = "--date",
      paramLabel = "DATE",
      description = "YYYY, YYYY-MM or YYYY-MM-DD, not after today.")
  String date;

  @Option(names = "--confidence", paramLabel = "LEVEL", description = "low, medium or high.")
  String confidence;

  @Option(
      names = "--note",
      paramLabel = "TEXT",
      description = "A new note (default: the current note).")
  String note;

  @Option(
      names = "--share",
      paramLabel = "SHARE",
      description =
          "For a contested observation: the share (between 0"
              + " and 1) its actor holds (default: the current share, dropped when the status is no longer contested).")
  Double share;

  @Override
  public Integer call() {
    return revision.record(
        spec.commandLine().getOut(),
        "Corrected",
        writes -> writes.correct(
            revision.lineage, this::corrected, revision.reason, revision.recordedBy));
  }

  /** The fields of the latest version with the options given laid over them; the source is the one given. */
  private ObservationInput corrected(ObservationInput latest) {
    Map<String, String> changes = new HashMap<>(revision.source.fields());
    given(changes, "actor", actor);
    given(changes, "from_actor", fromActor);
    given(changes, "status", status);
    given(changes, "date", date);
    given(changes, "confidence", confidence);
    given(changes, "note", note);
    if (share != null) {
      changes.put("share", share.toString());
    } else if (status != null && !status.strip().equalsIgnoreCase("contested")) {
      changes.put("share", null);
    }
    return latest.with(changes).named(RevisionOptions.NAMES);
  }

  /** An option given (a blank one clears its field). */
  private static void given(Map<String, String> changes, String field, String value) {
    if (value != null) {
      changes.put(field, value);
    }
  }
}
