package io.frontline.app.figures;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.figures.ActorFigures;
import io.frontline.figures.Figures;
import java.util.List;
import java.util.Map;

/**
 * The figures of a date for the actors asked (all, or one), with each city's name in the language asked where one
 * was ({@code cityLabels}, by GeoNames id; empty for the gazetteer's names). JSON: docs/schema/figures.schema.json.
 */
public record FiguresReport(
    Figures figures, List<ActorFigures> actors, Map<Long, String> cityLabels, long storeRevision) {
  public FiguresReport {
    actors = List.copyOf(actors);
    cityLabels = Map.copyOf(cityLabels);
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.tree(figures);
    ArrayNode rows = AppJson.MAPPER.valueToTree(actors);
    if (!cityLabels.isEmpty()) {
      rows.forEach(row -> relabel(row.path("city_names"), row.path("city_ids")));
    }
    node.set("actors", rows);
    node.put("store_revision", storeRevision);
    return node;
  }

  private void relabel(
      com.fasterxml.jackson.databind.JsonNode names, com.fasterxml.jackson.databind.JsonNode ids) {
    ArrayNode list = (ArrayNode) names;
    for (int i = 0; i < list.size(); i++) {
      String label = cityLabels.get(ids.path(i).asLong());
      if (label != null) {
        list.set(i, label);
      }
    }
  }
}
