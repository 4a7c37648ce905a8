package io.frontline.app.figures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.figures.Changes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed hands between two dates, for one actor or all, with each listed settlement's name in the language
 * asked where one was ({@code labels}, by GeoNames id). JSON: docs/schema/changes.schema.json.
 */
public record ChangesReport(
    Changes changes, Optional<String> actor, Map<Long, String> labels, long storeRevision) {
  public ChangesReport {
    labels = Map.copyOf(labels);
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.tree(changes);
    if (!labels.isEmpty()) {
      for (String list : List.of("places", "coverage_places")) {
        node.withArray(list)
            .forEach(p -> Optional.ofNullable(labels.get(p.path("place_id").asLong()))
                .ifPresent(label -> ((ObjectNode) p).put("label", label)));
      }
    }
    node.put("actor", actor.orElse(null));
    node.put("store_revision", storeRevision);
    return node;
  }
}
