package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.cli.json.Json;
import io.frontline.cli.text.Table;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the actors in the store. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "List the actors with ids, kinds and aliases.")
final class ActorsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.open(store)) {
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(ws.actors().all()));
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
}
