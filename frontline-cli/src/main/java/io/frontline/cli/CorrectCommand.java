package io.frontline.cli;

import io.frontline.observations.Confidence;
import io.frontline.observations.Observation;
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
import picocli.CommandLine.Parameters;
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
  @Option(names = "--store", paramLabel = "FILE", defaultValue = "frontline.gpkg",
      description = "The store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  java.nio.file.Path store;
  @Mixin
  SourceOptions source;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Parameters(paramLabel = "LINEAGE", description = "The observation's lineage id (or its first 8+ characters).")
  String lineage;
  @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the observation is corrected.")
  String reason;
  @Option(names = "--actor", paramLabel = "ACTOR", description = "The actor (id, name or alias).")
  String actor;
  @Option(names = "--from-actor", paramLabel = "ACTOR",
      description = "The previous holder, the other party of a contest, or the holder of a besieged place.")
  String fromActor;
  @Option(names = "--status", paramLabel = "STATUS", description = "controls, contested, besieged or presence.")
  String status;
  @Option(names = "--date", paramLabel = "DATE", description = "YYYY, YYYY-MM or YYYY-MM-DD, not after today.")
  String date;
  @Option(names = "--confidence", paramLabel = "LEVEL", description = "low, medium or high.")
  String confidence;
  @Option(names = "--note", paramLabel = "TEXT", description = "A new note (default: the current note).")
  String note;
  @Option(names = "--by", paramLabel = "NAME", defaultValue = "${sys:user.name}",
      description = "Who records the correction (default: the user name).")
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
      Statement corrected = corrected(ws, previous.statement(), given, why);
      Observation recorded = ws.store().supersede(previous.lineage(), corrected, Revisions.recorder(recordedBy));
      Recorded print = new Recorded(ws, spec.commandLine().getOut());
      if (json) {
        print.json(recorded);
      } else {
        print.text("Corrected", previous, recorded, why);
      }
    }
    return ExitCode.OK;
  }

  private Statement corrected(Workspace ws, Statement s, io.frontline.observations.Source given, String why) {
    String newActor = actor == null ? s.actorId() : ws.actor(actor).id();
    String newFrom = fromActor == null ? s.fromActorId() : fromActor.isBlank() ? null : ws.actor(fromActor).id();
    Status newStatus = status == null ? s.status() : value(() -> Status.parse(status));
    FuzzyDate newDate = date == null ? s.date() : date(date);
    Confidence newConfidence = confidence == null ? s.confidence() : value(() -> Confidence.parse(confidence));
    String newNote = Revisions.withReason(note == null ? s.note() : note, why);
    return value(() -> new Statement(s.subject(), newActor, newStatus, newFrom, newDate, given, newConfidence, newNote));
  }

  private static FuzzyDate date(String text) {
    FuzzyDate d = value(() -> FuzzyDate.parse(text));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (d.start().isAfter(today)) {
      throw UserError.usage("--date must not be after today (" + today + "), was " + d);
    }
    return d;
  }

  private static <T> T value(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw UserError.usage(e.getMessage());
    }
  }
}
