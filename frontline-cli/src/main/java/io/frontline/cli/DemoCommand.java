package io.frontline.cli;

import io.frontline.actors.Actor;
import io.frontline.app.figures.FigureQueries;
import io.frontline.cli.text.ChangesText;
import io.frontline.cli.text.FiguresText;
import io.frontline.cli.text.HistoryText;
import io.frontline.cli.text.Table;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import io.frontline.figures.SeriesOp;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads the Islamic State scenario into the store and prints what a newsroom asked for in 2017. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description =
        "Load the Islamic State scenario (Iraq and Syria, 2014-2019) into the store and print the figures"
            + " for 1 Feb 2016 and 5 Jun 2017, the changes between them, the largest extent, and city histories.")
final class DemoCommand implements Callable<Integer> {
  static final LocalDate FIRST = LocalDate.of(2016, 2, 1);
  static final LocalDate SECOND = LocalDate.of(2017, 6, 5);
  static final String IS = "islamic-state";

  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--places",
      defaultValue = "Mosul,Raqqa,Palmyra",
      split = ",",
      paramLabel = "NAME",
      description = "Places whose history is printed (default: ${DEFAULT-VALUE}).")
  List<String> places;

  @Option(
      names = "--no-events",
      description = "Leave out the bundled conflict events (UCDP GED, coalition strike releases).")
  boolean noEvents;

  @Option(
      names = "--serve",
      description = "Then serve the web app and the API (as 'frontline serve' does).")
  boolean serve;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    long started = System.nanoTime();
    try (Workspace ws = Workspace.create(store)) {
      ScenarioSetup.load(ws, out, !noEvents);
      out.println();
      printFigures(ws, out);
      printChanges(ws, out);
      printPeak(ws, out);
      printHistories(ws, out);
      if (!noEvents) {
        DemoEvents.print(ws, out);
      }
      FiguresText.printMethod(out, ws.figures().figures(SECOND).method());
      out.println();
      DemoMaps.write(ws, out);
      out.printf(
          "Store: %s (revision %d). Try: ./frontline figures --date 2015-06-01 --store %s%n",
          ws.path().toAbsolutePath(), ws.store().revision(), ws.path());
    }
    out.printf("Demo done in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    if (serve) {
      ServeCommand.serveDemo(store.store, store.zoneRadius, out);
    }
    return ExitCode.OK;
  }

  private static void printFigures(Workspace ws, PrintWriter out) {
    for (LocalDate date : List.of(FIRST, SECOND)) {
      Figures f = ws.figures().figures(date);
      FiguresText.print(out, f, f.actors());
      out.println();
    }
  }

  private static void printChanges(Workspace ws, PrintWriter out) {
    new ChangesText(ws.actors())
        .print(out, ws.changes().changes(FIRST, SECOND, java.util.Optional.empty()), 25);
    out.println();
  }

  private static void printPeak(Workspace ws, PrintWriter out) {
    LocalDate[] range = ws.index().dateRange().orElseThrow();
    List<SeriesOp.Point> series = new SeriesOp(ws.index()).series(IS, range[0], range[1]);
    SeriesOp.Point peak = series.stream()
        .max(Comparator.comparingDouble(SeriesOp.Point::area_km2)
            .thenComparing(SeriesOp.Point::date, Comparator.reverseOrder()))
        .orElseThrow();
    ActorFigures at = ws.figures().figures(peak.date()).actor(IS).orElseThrow();
    LocalDate until = series.stream()
        .filter(p -> p.date().isAfter(peak.date()) && p.area_km2() < peak.area_km2())
        .map(SeriesOp.Point::date)
        .findFirst()
        .orElse(range[1]);
    out.printf(
        "Largest extent of %s: %s km2 from %s to %s, %s people in %d settlements; %s.%n",
        ws.actor(IS).name(),
        Table.km2(peak.area_km2()),
        peak.date(),
        until.minusDays(1),
        Table.count(at.population()),
        at.settlements(),
        at.comparison().map(c -> c.text()).orElse("no comparison"));
    out.println();
  }

  private void printHistories(Workspace ws, PrintWriter out) {
    HistoryText text = new HistoryText(ws.actors());
    for (String name : places) {
      text.print(out, FigureQueries.history(ws, ws.place(name), java.util.Optional.empty()));
      out.println();
    }
  }

  static String names(List<Actor> actors) {
    return String.join(", ", actors.stream().map(Actor::name).toList());
  }
}
