package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorSetValidator;
import io.frontline.formats.actors.ActorFile;
import io.frontline.formats.actors.ActorFileReader;
import io.frontline.refusals.Refusal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An actors file checked against the actors a store already has, all or nothing: actors equal to stored ones are
 * skipped (so a file can be loaded again), the rest must be new and clash with no one. Every problem is printed.
 */
final class ActorsFile {
  private ActorsFile() {}

  /** The actors of {@code file} to add to {@code current}; on any problem, prints them all and rejects the file. */
  static List<Actor> newActors(Path file, List<Actor> current, PrintWriter err) {
    ActorFile read = read(file);
    List<String> problems = new ArrayList<>(read.problems());
    Map<String, Actor> byId =
        current.stream().collect(Collectors.toMap(Actor::id, Function.identity()));
    List<Actor> added = new ArrayList<>();
    for (Actor actor : read.actors()) {
      Actor stored = byId.get(actor.id());
      if (stored == null) {
        added.add(actor);
      } else if (!stored.equals(actor)) {
        problems.add("actor '" + actor.id()
            + "' exists with other details; change it with: frontline actors edit " + actor.id());
      }
    }
    problems.addAll(ActorSetValidator.additions(current, added));
    if (!problems.isEmpty()) {
      problems.forEach(p -> err.println(file.getFileName() + ": " + p));
      throw Refusal.rejected(
          problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + file
              + "; no actor was written",
          java.util.List.of(),
          null);
    }
    return added;
  }

  /** Reads a file on its own (for a new store): the same checks against no actors. */
  static List<Actor> read(Path file, PrintWriter err) {
    return newActors(file, List.of(), err);
  }

  private static ActorFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw Refusal.notFound("no actors file at " + file.toAbsolutePath());
    }
    try {
      return ActorFileReader.read(file);
    } catch (IOException e) {
      throw Refusal.notFound("cannot read actors file " + file + ": " + e.getMessage());
    }
  }
}
