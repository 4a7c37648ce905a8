package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.app.AppJson;
import io.frontline.cli.text.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the actors in the store; its subcommands add, edit and import them. */
@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description = {
      "List the actors with ids, kinds and aliases; add, edit or import them (any conflict).",
      "Actors are reference data: adding or editing one changes no observation."
    },
    subcommands = {ActorsAddCommand.class, ActorsEditCommand.class, ActorsImportCommand.class})
final class ActorsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--json", description = "Print JSON (docs/schema/actors.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.open(store)) {
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(AppJson.pretty(ws.actors().all()));
        return ExitCode.OK;
      }
      Table t = new Table("id", "name", "kind", "colour", "aliases");
      for (Actor a : ws.actors().all()) {
        t.row(a.id(), a.name(), a.kind().code(), a.colour(), String.join(", ", a.aliases()));
      }
      t.print(out, "");
    }
    return ExitCode.OK;
  }

  /** One line about an actor, as add and edit print it. */
  static String describe(Actor a) {
    return a.id() + " (" + a.name() + ", " + a.kind().code() + ", " + a.colour()
        + (a.aliases().isEmpty() ? "" : ", aliases: " + String.join(", ", a.aliases()))
        + (a.names().isEmpty() ? "" : ", names: " + new java.util.TreeMap<>(a.names())) + ")";
  }
}
