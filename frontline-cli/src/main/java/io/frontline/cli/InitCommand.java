package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.refusals.Refusal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Creates a new, empty store for any conflict. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description = {
      "Create a new store for any conflict: the world gazetteer (GeoNames places of 500 or more people,"
          + " names in many languages; CC BY 4.0) over the bundled world basemap, and no observations.",
      "It has no actors unless --actors gives a file of them; add more with 'frontline actors add'."
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 the file exists, 3 the actors file was rejected, 4 no actors file,"
          + " 5 the store cannot be written."
    })
final class InitCommand implements Callable<Integer> {
  @Option(
      names = "--store",
      paramLabel = "FILE",
      defaultValue = "frontline.gpkg",
      description =
          "The new store, a GeoPackage file (default: ${DEFAULT-VALUE} in the working directory).")
  Path store;

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description =
          "Actors to start with: JSON as 'frontline actors --json' prints, or CSV id,name,kind,colour,aliases.")
  Path actorsFile;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (java.nio.file.Files.exists(store)) {
      throw Refusal.badInput(
          null,
          "will not overwrite " + store.toAbsolutePath() + ": it exists; give another --store");
    }
    List<Actor> actors = actorsFile == null
        ? List.of()
        : ActorsFile.read(actorsFile, spec.commandLine().getErr());
    StoreSetup.create(store, actors).print(spec.commandLine().getOut());
    return ExitCode.OK;
  }
}
