package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.observations.ObservationWrites;
import io.frontline.app.observations.StoreAccess;
import io.frontline.app.suggestions.SuggestionList;
import io.frontline.app.suggestions.Suggestions;
import io.frontline.cli.text.Table;
import io.frontline.events.StoredSuggestion;
import io.frontline.events.Suggestion;
import io.frontline.events.SuggestionRule;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Suggestions from events: generate, list, edit, accept (as an observation) or reject them. */
@Command(
    name = "suggestions",
    mixinStandardHelpOptions = true,
    description = {
      "Suggestions from conflict events: battles, strikes and one-sided violence near a settlement that"
          + " differ from the map. 'generate' makes them from the store's events, 'list' shows them with their evidence,"
          + " 'edit' changes one before review, 'accept' records it as an observation citing its events, 'reject'"
          + " keeps it with a reason. A suggestion is never an observation until accepted, and never deleted."
    },
    subcommands = {
      SuggestionsCommand.Generate.class,
      SuggestionsCommand.ListSuggestions.class,
      SuggestionsCommand.Edit.class,
      SuggestionsCommand.Accept.class,
      SuggestionsCommand.Reject.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 2 bad option, 3 already reviewed or a refused observation, 4 unknown suggestion,"
          + " 5 store problem."
    })
final class SuggestionsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return ListSuggestions.print(
        store, Optional.of("pending"), false, spec.commandLine().getOut());
  }

  static <T> T run(StoreOptions store, Function<Workspace, Function<Suggestions, T>> work) {
    try (Workspace ws = Workspace.open(store)) {
      StoreAccess access = StoreAccess.direct(ws.store());
      Suggestions s = new Suggestions(
          access,
          new ObservationWrites(access, ws.actors(), Workspace.basemap()),
          Clock.systemUTC());
      return work.apply(ws).apply(s);
    }
  }

  @Command(
      name = "generate",
      mixinStandardHelpOptions = true,
      description =
          "Make suggestions from the store's events against the map, and keep the new ones as pending.")
  static final class Generate implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--from",
        defaultValue = "1900-01-01",
        description = "First day of events (default: all).")
    LocalDate from;

    @Option(
        names = "--to",
        defaultValue = "2999-12-31",
        description = "Last day of events (default: all).")
    LocalDate to;

    @Option(
        names = "--radius-km",
        defaultValue = "12",
        description =
            "Events count within this distance of a" + " settlement (default: ${DEFAULT-VALUE}).")
    double radius_km;

    @Option(
        names = "--window-days",
        defaultValue = "14",
        description = "Days of a window of day-precise events" + " (default: ${DEFAULT-VALUE}).")
    int window_days;

    @Override
    public Integer call() {
      SuggestionRule d = SuggestionRule.DEFAULT;
      SuggestionRule rule = new SuggestionRule(
          radius_km,
          window_days,
          d.minBattles(),
          d.minStrikeDays(),
          d.minOneSided(),
          d.staleAfterDays());
      Suggestions.Generated g = run(store, ws -> s -> s.generate(ws, rule, from, to));
      spec.commandLine()
          .getOut()
          .printf(
              Locale.ROOT,
              "%,d events: %,d suggestions, %,d new (pending).%nRule: %s%n",
              g.events(),
              g.made(),
              g.added(),
              g.rule());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List suggestions, newest first.")
  static final class ListSuggestions implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--review",
        paramLabel = "STATE",
        description = "pending, accepted or rejected (default: all).")
    String review;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Override
    public Integer call() {
      return print(store, Optional.ofNullable(review), json, spec.commandLine().getOut());
    }

    static int print(StoreOptions store, Optional<String> review, boolean json, PrintWriter out) {
      SuggestionList list = run(store, ws -> s -> s.list(review));
      if (json) {
        out.println(AppJson.pretty(list.toJson()));
        return ExitCode.OK;
      }
      Table t = new Table(
          "id", "place", "suggests", "date", "map said", "confidence", "events", "review");
      for (StoredSuggestion stored : list.suggestions()) {
        Suggestion g = stored.suggestion();
        t.row(
            Long.toString(stored.id()),
            g.placeName(),
            g.key(),
            g.date().toString(),
            g.mapSaid(),
            String.format(Locale.ROOT, "%.2f", g.confidence()),
            Integer.toString(g.evidenceCount()),
            stored.review().code());
      }
      t.print(out, "");
      return ExitCode.OK;
    }
  }

  /** The options of a review: the suggestion's id and who reviews it. */
  abstract static class Review implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
        index = "0",
        paramLabel = "ID",
        description = "The suggestion's id ('frontline suggestions list').")
    long id;

    @Option(
        names = "--by",
        paramLabel = "NAME",
        defaultValue = "${sys:user.name}",
        description = "Who reviews it (default: the user name).")
    String by;

    void print(StoredSuggestion s) {
      spec.commandLine().getOut().println(AppJson.pretty(SuggestionList.json(s)));
    }
  }

  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = "Change what a pending suggestion says before accepting it.")
  static final class Edit extends Review {
    @Option(names = "--actor", description = "The actor.")
    String actor;

    @Option(names = "--status", description = "controls, contested, besieged or presence.")
    String status;

    @Option(names = "--other", description = "The other party of a contest ('' for none).")
    String other;

    @Option(names = "--date", description = "The date (YYYY, YYYY-MM or YYYY-MM-DD).")
    String date;

    @Override
    public Integer call() {
      print(run(store, ws -> s -> s.edit(id, actor, status, other, date, by)));
      return ExitCode.OK;
    }
  }

  @Command(
      name = "accept",
      mixinStandardHelpOptions = true,
      description =
          "Record a pending suggestion as an observation citing its events, and mark it accepted.")
  static final class Accept extends Review {
    @Override
    public Integer call() {
      Suggestions.Accepted a = run(store, ws -> s -> s.accept(id, by));
      spec.commandLine()
          .getOut()
          .printf(
              "Accepted suggestion %d as observation %s.%n",
              id, a.observation().observation().lineage());
      return ExitCode.OK;
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Reject a pending suggestion, with why.")
  static final class Reject extends Review {
    @Option(
        names = "--reason",
        required = true,
        paramLabel = "TEXT",
        description = "Why it is rejected.")
    String reason;

    @Override
    public Integer call() {
      print(run(store, ws -> s -> s.reject(id, reason, by)));
      return ExitCode.OK;
    }
  }
}
