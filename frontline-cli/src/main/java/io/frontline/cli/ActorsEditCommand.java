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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Changes one actor in place; its observations keep pointing at its id. */
@Command(
    name = "edit",
    mixinStandardHelpOptions = true,
    description =
        "Change an actor's name, aliases, colour, kind or names per language. Observations are not touched.",
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad value or an alias of another actor, 4 no store or no such actor,"
          + " 5 store error."
    })
final class ActorsEditCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The actor's id.")
  String id;

  @Option(names = "--name", description = "The new main name.")
  String name;

  @Option(names = "--add-alias", paramLabel = "NAME", description = "Add an alias (repeat).")
  List<String> addAliases = new ArrayList<>();

  @Option(names = "--remove-alias", paramLabel = "NAME", description = "Remove an alias (repeat).")
  List<String> removeAliases = new ArrayList<>();

  @Option(names = "--colour", paramLabel = "#RRGGBB", description = "The new map colour.")
  String colour;

  @Option(
      names = "--kind",
      paramLabel = "KIND",
      description = "state_forces (state), non_state_group (non-state)" + " or coalition.")
  String kind;

  @Option(
      names = "--name-in",
      paramLabel = "LANG=TEXT",
      description =
          "Set the display name in a language; LANG= with nothing after it removes it (repeat).")
  Map<String, String> names = new LinkedHashMap<>();

  @Override
  public Integer call() {
    try (Workspace ws = Workspace.open(store)) {
      Actor before = ws.store().actors().stream()
          .filter(a -> a.id().equals(id))
          .findFirst()
          .orElseThrow(() -> Refusal.notFound("no actor with id '" + id + "'; known: "
              + String.join(", ", ws.store().actors().stream().map(Actor::id).toList())));
      Actor after = edited(before);
      List<String> problems = ActorSetValidator.edit(ws.store().actors(), after);
      if (!problems.isEmpty()) {
        throw Refusal.badInput(null, String.join("; ", problems));
      }
      var out = spec.commandLine().getOut();
      if (after.equals(before)) {
        out.println("Actor " + id + " is unchanged.");
        return ExitCode.OK;
      }
      ws.store().putActors(List.of(after));
      out.println("Changed actor " + ActorsCommand.describe(after) + ".");
    }
    return ExitCode.OK;
  }

  private Actor edited(Actor a) {
    return new Actor(
        a.id(),
        name == null ? a.name() : name,
        kind == null ? a.kind() : ActorKind.parse(kind),
        colour == null ? a.colour() : colour,
        aliases(a),
        names(a));
  }

  private List<String> aliases(Actor a) {
    List<String> aliases = new ArrayList<>(a.aliases());
    for (String alias : removeAliases) {
      if (!aliases.remove(alias)) {
        throw new IllegalArgumentException("actor " + a.id() + " has no alias '" + alias
            + "'; its aliases: " + String.join(", ", a.aliases()));
      }
    }
    addAliases.stream()
        .map(String::strip)
        .filter(x -> !x.isEmpty() && !aliases.contains(x))
        .forEach(aliases::add);
    return aliases;
  }

  private Map<String, String> names(Actor a) {
    Map<String, String> out = new LinkedHashMap<>(new java.util.TreeMap<>(a.names()));
    names.forEach((language, text) -> {
      ActorNames.checkLanguage(language);
      if (text == null || text.isBlank()) {
        out.remove(language);
      } else {
        out.put(language, text.strip());
      }
    });
    return out;
  }
}
