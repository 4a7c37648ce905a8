package io.frontline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.cli.json.Json;
import io.frontline.cli.text.HistoryText;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.control.Site;
import io.frontline.formats.json.ObservationJson;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The control history of one place. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = {"The control history of a place (a name in any language, or a GeoNames id), with the observation"
        + " and source behind each period, and every recorded version of the place's observations.",
        "When several places have the name, observed places come first, then the most populous, and the others are"
            + " listed on stderr; when none has it, near spellings are suggested."},
    footer = {"", "Exit codes: 0 ok, 2 bad value, 4 no such place (or store), 5 store problem."})
final class HistoryCommand implements Callable<Integer> {
  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--place", paramLabel = "NAME_OR_ID", description = "The place: Mosul, Mosoel, الموصل or 99072.")
  String placeOption;
  @Parameters(arity = "0..1", paramLabel = "PLACE", description = "The place, as an alternative to --place.")
  String placeArgument;
  @Option(names = "--country", paramLabel = "CC",
      description = "The country (ISO code such as SY) when several places have the name; or write 'Ariha, SY'.")
  String country;
  @Option(names = "--json", description = "Print JSON (docs/schema/history.schema.json).")
  boolean json;

  @Override
  public Integer call() {
    String name = placeOption != null ? placeOption : placeArgument;
    if (name == null || name.isBlank()) {
      throw UserError.usage("give a place: --place NAME_OR_GEONAMES_ID");
    }
    try (Workspace ws = Workspace.open(store)) {
      Place place = ws.place(name, country, spec.commandLine().getErr(),
          "Pick another with --country CC or its GeoNames id.");
      List<PlaceHistoryOp.Period> periods = ws.index().findSite(place.id())
          .map((Site s) -> new PlaceHistoryOp().history(s)).orElse(List.of());
      List<Observation> own = ws.observations().stream()
          .filter(o -> o.statement().subject() instanceof Subject.PlaceRef r && r.placeId() == place.id()).toList();
      var out = spec.commandLine().getOut();
      if (json) {
        out.println(Json.write(toJson(ws, place, periods, own)));
      } else {
        new HistoryText(ws.actors()).print(out, place, periods, own, lineage -> ws.store().versions(lineage));
      }
    }
    return ExitCode.OK;
  }

  private static ObjectNode toJson(Workspace ws, Place place, List<PlaceHistoryOp.Period> periods,
      List<Observation> own) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    ObjectNode p = node.putObject("place");
    p.put("id", place.id()).put("name", place.name()).put("country", place.country()).put("lat", place.lat())
        .put("lon", place.lon()).put("population", place.population());
    node.set("periods", Json.MAPPER.valueToTree(periods));
    ArrayNode observations = node.putArray("observations");
    for (Observation o : own) {
      ArrayNode versions = Json.MAPPER.createArrayNode();
      ws.store().versions(o.lineage()).forEach(v -> versions.add(ObservationJson.of(v)));
      observations.addObject().put("lineage", o.lineage()).set("versions", versions);
    }
    node.put("store_revision", ws.store().revision());
    return node;
  }
}
