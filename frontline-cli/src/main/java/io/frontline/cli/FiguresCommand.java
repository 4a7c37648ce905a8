package io.frontline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.cli.json.Json;
import io.frontline.cli.text.FiguresText;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Area, population, settlements and cities held per actor on a date. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = "Area (geodesic km2), population, settlements and cities held per actor on a date, with the method.")
final class FiguresCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date of the control map.")
  String date;
  @Option(names = "--actor", paramLabel = "ACTOR", description = "Only this actor (id, name or alias such as ISIS).")
  String actor;
  @Option(names = "--json", description = "Print JSON (docs/schema/figures.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    LocalDate day = Dates.parse("--date", date);
    try (Workspace ws = Workspace.open(store)) {
      Figures figures = ws.figures().figures(day);
      List<ActorFigures> actors = ws.actorId(actor)
          .map(id -> figures.actors().stream().filter(a -> a.id().equals(id)).toList()).orElse(figures.actors());
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(toJson(figures, actors, ws.store().revision())));
      } else {
        FiguresText.print(out, figures, actors);
      }
    }
    return ExitCode.OK;
  }

  static ObjectNode toJson(Figures figures, List<ActorFigures> actors, long revision) {
    ObjectNode node = Json.tree(figures);
    node.set("actors", Json.MAPPER.valueToTree(actors));
    node.put("store_revision", revision);
    return node;
  }
}
