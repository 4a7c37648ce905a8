package io.frontline.app.figures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.control.PlaceHistoryOp;
import io.frontline.formats.json.ObservationJson;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import java.util.List;
import java.util.Optional;

/**
 * A place's control history: its periods, and every recorded version of each of its observations (one lineage each).
 * {@code label} is the place's name in the language asked, if one was. JSON: docs/schema/history.schema.json.
 */
public record HistoryReport(
    Place place,
    Optional<String> label,
    List<PlaceHistoryOp.Period> periods,
    List<Lineage> observations,
    long storeRevision) {
  public HistoryReport {
    periods = List.copyOf(periods);
    observations = List.copyOf(observations);
  }

  /** One observation: its version that counts in the view, and every version recorded, oldest first. */
  public record Lineage(String lineage, Observation current, List<Observation> versions) {
    public Lineage {
      versions = List.copyOf(versions);
    }
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    ObjectNode p = node.putObject("place");
    p.put("id", place.id())
        .put("name", place.name())
        .put("country", place.country())
        .put("lat", place.lat())
        .put("lon", place.lon())
        .put("population", place.population());
    label.ifPresent(l -> p.put("label", l));
    node.set("periods", AppJson.MAPPER.valueToTree(periods));
    ArrayNode lineages = node.putArray("observations");
    for (Lineage l : observations) {
      ArrayNode versions = AppJson.MAPPER.createArrayNode();
      l.versions().forEach(v -> versions.add(ObservationJson.of(v)));
      lineages.addObject().put("lineage", l.lineage()).set("versions", versions);
    }
    node.put("store_revision", storeRevision);
    return node;
  }
}
