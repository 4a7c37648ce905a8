package io.frontline.cli;

import io.frontline.actors.Actor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads a file of actors, all or nothing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Add the actors of a file: JSON as 'frontline actors --json' prints (docs/schema/actors.schema.json),"
          + " or CSV with columns id,name,kind,colour,aliases (aliases separated by '|').",
      "All or nothing: every problem is reported and nothing is written if there is one. Actors equal to ones in"
          + " the store are skipped, so a file can be loaded again."
    },
    footer = {"", "Exit codes: 0 ok, 3 the file was rejected, 4 no file or no store, 5 store error."
    })
final class ActorsImportCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The actors file (.json or .csv).")
  Path file;

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.open(store)) {
      List<Actor> added =
          ActorsFile.newActors(file, ws.store().actors(), spec.commandLine().getErr());
      ws.store().putActors(added);
      spec.commandLine()
          .getOut()
          .printf(
              "Added %d %s from %s.%n",
              added.size(), added.size() == 1 ? "actor" : "actors", file.getFileName());
      added.forEach(a -> spec.commandLine().getOut().println("  " + ActorsCommand.describe(a)));
    }
    return ExitCode.OK;
  }
}
