package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.observations.Confidence;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Records a corrected version of an observation: the fields given change, the rest is kept. */
@Command(name = "correct", mixinStandardHelpOptions = true,
    description = {"Record a corrected version of an observation, named by its lineage id ('frontline history PLACE'"
        + " shows it). The fields given change; the others are kept. The source that supports the correction and"
        + " the reason are required; the reason is kept in the note as [correction: REASON].",
        "Nothing is overwritten: the earlier versions stay in the history, and --as-of reproduces them."},
    footer = {"", "Exit codes: 0 ok, 2 bad value, 3 the observation is retracted (nothing written),"
        + " 4 unknown observation or actor, 5 store problem."})
final class CorrectCommand implements Callable<Integer> {
  @Mixin
  RevisionOptions revision;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--actor", paramLabel = "ACTOR", description = "The actor (id, name or alias).")
  String actor;
  @Option(names = "--from-actor", paramLabel = "ACTOR",
      description = "The previous holder, the other party of a contest, or the holder of a besieged place.")
  String fromActor;
  @Option(names = "--status", paramLabel = "STATUS",
      description = "controls, contested, besieged, presence or ends (ends: of an area only).")
  String status;
  @Option(names = "--date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD, not after today.")
  String date;
  @Option(names = "--confidence", paramLabel = "LEVEL", description = "low, medium or high.")
  String confidence;
  @Option(names = "--note", paramLabel = "TEXT", description = "A new note (default: the current note).")
  String note;
  @Option(names = "--share", paramLabel = "SHARE", description = "For a contested observation: the share (between 0"
      + " and 1) its actor holds (default: the current share, dropped when the status is no longer contested).")
  Double share;

  @Override
  public Integer call() {
    return revision.record(spec.commandLine().getOut(), "Corrected", (ws, previous, source, why, by) ->
        ws.store().supersede(previous.lineage(), corrected(ws, previous.statement(), source, why), by));
  }

  private Statement corrected(Workspace ws, Statement s, io.frontline.observations.Source given, String why) {
    String newActor = actor == null ? s.actorId() : ws.actor(actor).id();
    String newFrom = fromActor == null ? s.fromActorId() : fromActor.isBlank() ? null : ws.actor(fromActor).id();
    Status newStatus = status == null ? s.status() : value(() -> Status.parse(status));
    FuzzyDate newDate = date == null ? s.date() : date(date);
    Confidence newConfidence = confidence == null ? s.confidence() : value(() -> Confidence.parse(confidence));
    String newNote = Revisions.withReason(note == null ? s.note() : note, why);
    Double newShare = share != null ? share : newStatus == Status.CONTESTED ? s.share() : null;
    return value(() -> new Statement(s.subject(), newActor, newStatus, newFrom, newDate, given, newConfidence, newNote,
        newShare));
  }

  private static FuzzyDate date(String text) {
    FuzzyDate d = value(() -> FuzzyDate.parse(text));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (d.start().isAfter(today)) {
      throw Refusal.badInput(null, "--date must not be after today (" + today + "), was " + d);
    }
    return d;
  }

  private static <T> T value(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(null, e.getMessage());
    }
  }
}
