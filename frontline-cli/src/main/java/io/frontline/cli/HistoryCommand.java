package io.frontline.cli;

import io.frontline.app.AppJson;
import io.frontline.app.figures.FigureQueries;
import io.frontline.app.figures.HistoryReport;
import io.frontline.cli.text.HistoryText;
import io.frontline.gazetteer.Place;
import io.frontline.refusals.Refusal;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The control history of one place. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "The control history of a place (a name in any language, or a GeoNames id), with the observation"
          + " and source behind each period, and every recorded version of the place's observations.",
      "When several places have the name, observed places come first, then the most populous, and the others are"
          + " listed on stderr; when none has it, near spellings are suggested."
    },
    footer = {"", "Exit codes: 0 ok, 2 bad value, 4 no such place (or store), 5 store problem."})
final class HistoryCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--place",
      paramLabel = "NAME_OR_ID",
      description = "The place: Mosul, Mosoel, الموصل or 99072.")
  String placeOption;

  @Parameters(
      arity = "0..1",
      paramLabel = "PLACE",
      description = "The place, as an alternative to --place.")
  String placeArgument;

  @Option(
      names = "--country",
      paramLabel = "CC",
      description =
          "The country (ISO code such as SY) when several places have the name; or write 'Ariha, SY'.")
  String country;

  @Option(names = "--json", description = "Print JSON (docs/schema/history.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    String name = placeOption != null ? placeOption : placeArgument;
    if (name == null || name.isBlank()) {
      throw Refusal.badInput("place", "give a place: --place NAME_OR_GEONAMES_ID");
    }
    try (Workspace ws = Workspace.open(store)) {
      Place place = ws.place(
          name,
          country,
          spec.commandLine().getErr(),
          "Pick another with --country CC or its GeoNames id.");
      HistoryReport report = FigureQueries.history(ws, place, Optional.empty());
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(AppJson.pretty(report.toJson()));
      } else {
        new HistoryText(ws.actors()).print(out, report);
      }
    }
    return ExitCode.OK;
  }
}
