package io.frontline.app.figures;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.figures.SeriesOp;
import java.time.LocalDate;
import java.util.List;

/** One actor's figures day by day (every {@code step} days). JSON: docs/schema/series.schema.json. */
public record SeriesReport(
    String actor, LocalDate from, LocalDate to, List<SeriesOp.Point> points, long storeRevision) {
  public SeriesReport {
    points = List.copyOf(points);
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    node.put("actor", actor).put("from", from.toString()).put("to", to.toString());
    node.set("points", AppJson.MAPPER.valueToTree(points));
    node.put("store_revision", storeRevision);
    return node;
  }
}
