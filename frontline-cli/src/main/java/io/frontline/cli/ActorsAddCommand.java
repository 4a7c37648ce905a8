package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.ActorSetValidator;
import io.frontline.refusals.Refusal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Adds one actor. */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    description = "Add an actor of any conflict.",
    footer = {
      "",
      "Example: frontline actors add --id rsf --name \"Rapid Support Forces\" --alias RSF"
          + " --alias \"قوات الدعم السريع\" --colour \"#b5651d\" --kind non-state --name-in ar=\"قوات الدعم السريع\"",
      "Exit codes: 0 ok, 2 bad value, an id that exists or an alias of another actor, 4 no store, 5 store error."
    })
final class ActorsAddCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--id",
      required = true,
      description = "Lower-case letters, digits and '-' (rsf, sudan-army).")
  String id;

  @Option(names = "--name", required = true, description = "The main name.")
  String name;

  @Option(
      names = "--alias",
      paramLabel = "NAME",
      description = "Another name in any language (repeat).")
  List<String> aliases = new ArrayList<>();

  @Option(names = "--colour", required = true, paramLabel = "#RRGGBB", description = "Map colour.")
  String colour;

  @Option(
      names = "--kind",
      defaultValue = "non-state",
      paramLabel = "KIND",
      description =
          "state_forces (state), non_state_group (non-state) or coalition (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(
      names = "--name-in",
      paramLabel = "LANG=TEXT",
      description = "Display name in a language (repeat).")
  Map<String, String> names = new LinkedHashMap<>();

  @Override
  public Integer call() {
    Actor actor =
        new Actor(id, name, ActorKind.parse(kind), colour, aliases, ActorNames.checked(names));
    try (Workspace ws = Workspace.open(store)) {
      List<String> problems = ActorSetValidator.additions(ws.store().actors(), List.of(actor));
      if (!problems.isEmpty()) {
        throw Refusal.badInput(null, String.join("; ", problems));
      }
      ws.store().putActors(List.of(actor));
      spec.commandLine().getOut().println("Added actor " + ActorsCommand.describe(actor) + ".");
    }
    return ExitCode.OK;
  }
}
