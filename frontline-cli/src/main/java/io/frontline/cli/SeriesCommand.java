package io.frontline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.cli.json.Json;
import io.frontline.figures.SeriesOp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Daily area and population held by one actor. */
@Command(name = "series", mixinStandardHelpOptions = true,
    description = "Daily area (km2), contested area, population and settlements held by an actor between two dates.")
final class SeriesCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day.")
  String from;
  @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day (inclusive).")
  String to;
  @Option(names = "--actor", required = true, paramLabel = "ACTOR", description = "The actor.")
  String actor;
  @Option(names = "--json", description = "Print JSON (docs/schema/series.schema.json).")
  boolean json;
  @Option(names = "--csv", description = "Print CSV: date,area_km2,contested_km2,population,settlements.")
  boolean csv;

  @Override
  public Integer call() {
    LocalDate a = Dates.parse("--from", from);
    LocalDate b = Dates.parse("--to", to);
    if (b.isBefore(a)) {
      throw UserError.usage("--to must not be before --from, was " + a + " then " + b);
    }
    if (json && csv) {
      throw UserError.usage("choose one of --json and --csv");
    }
    try (Workspace ws = Workspace.open(store)) {
      String id = ws.actor(actor).id();
      List<SeriesOp.Point> points = new SeriesOp(ws.index()).series(id, a, b);
      var out = spec.commandLine().getOut();
      if (json) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("actor", id).put("from", a.toString()).put("to", b.toString());
        node.set("points", Json.MAPPER.valueToTree(points));
        node.put("store_revision", ws.store().revision());
        out.println(Json.write(node));
      } else {
        out.println("date,area_km2,contested_km2,population,settlements");
        points.forEach(p -> out.println(String.format(Locale.ROOT, "%s,%.1f,%.1f,%d,%d", p.date(), p.area_km2(),
            p.contested_km2(), p.population(), p.settlements())));
      }
    }
    return ExitCode.OK;
  }
}
