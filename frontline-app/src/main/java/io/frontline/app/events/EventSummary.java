package io.frontline.app.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import java.time.LocalDate;
import java.util.List;

/**
 * Per actor and period, the events (and their best fatality estimates) inside the actor's ground and on its front
 * lines: within {@code frontKm} of ground whose holder changed in that period, the actor gaining or losing it.
 * Day- and month-precise events count in their month ({@code period} "2015-03"); a year-precise event is not in any
 * month, so it counts in its year ({@code period} "2015", {@code precision} "year"), inside the ground only when the
 * actor held it the whole year. {@code yearPrecise} and {@code noPoint} say how many events were of each kind
 * (the latter are located too coarsely to count anywhere). JSON: docs/schema/event-summary.schema.json.
 */
public record EventSummary(
    LocalDate from,
    LocalDate to,
    double frontKm,
    int events,
    int yearPrecise,
    int noPoint,
    List<Row> rows,
    List<String> credits) {
  /** The note every rendering of the summary carries. */
  public static final String NOTE =
      "Day- and month-precise events count in their month; a year-precise event (the"
          + " bundled UCDP subset gives years only) counts in its year, inside an actor's ground only when the actor held"
          + " that ground the whole year, and on a front line when a change of holder lay within the distance that year."
          + " Ground counts as changed when its holder changed or its first holding began in the period. Events located"
          + " only to a district or coarser count nowhere.";

  public EventSummary {
    rows = List.copyOf(rows);
    credits = List.copyOf(credits);
  }

  /** One actor's counts in one period ("2015-03", or "2015" for year-precise events). */
  public record Row(
      String actor,
      String period,
      String precision,
      int territoryEvents,
      int territoryFatalities,
      int frontEvents,
      int frontFatalities) {}

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    node.put("from", from.toString()).put("to", to.toString()).put("front_km", frontKm);
    node.put("events", events)
        .put("year_precise", yearPrecise)
        .put("no_point", noPoint)
        .put("note", NOTE);
    ArrayNode list = node.putArray("rows");
    for (Row r : rows) {
      list.addObject()
          .put("actor", r.actor())
          .put("period", r.period())
          .put("precision", r.precision())
          .put("territory_events", r.territoryEvents())
          .put("territory_fatalities", r.territoryFatalities())
          .put("front_events", r.frontEvents())
          .put("front_fatalities", r.frontFatalities());
    }
    ArrayNode creditList = node.putArray("credits");
    credits.forEach(creditList::add);
    return node;
  }
}
