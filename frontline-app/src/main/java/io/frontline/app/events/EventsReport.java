package io.frontline.app.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.formats.csv.SafeCsv;
import io.frontline.formats.geojson.GeoJsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The events from {@code from} to {@code to} (a year- or month-precise event whose period touches the range is
 * included), optionally of one side ({@code actor}) or on one actor's ground ({@code inTerritoryOf}), each with
 * whose ground it was on. {@code total} counts every match; {@code events} is the page from {@code offset}, at most
 * {@code limit}. {@code byGround} counts the matches per ground kind. JSON: docs/schema/events.schema.json.
 */
public record EventsReport(
    LocalDate from,
    LocalDate to,
    Optional<String> actor,
    Optional<String> inTerritoryOf,
    int total,
    int offset,
    int limit,
    Map<String, Integer> byGround,
    List<EventGround> events,
    List<String> credits) {
  public EventsReport {
    byGround = Map.copyOf(byGround);
    events = List.copyOf(events);
    credits = List.copyOf(credits);
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    node.put("from", from.toString()).put("to", to.toString());
    putOptional(node, "actor", actor);
    putOptional(node, "in_territory_of", inTerritoryOf);
    node.put("total", total)
        .put("offset", offset)
        .put("limit", limit)
        .put("returned", events.size());
    ObjectNode grounds = node.putObject("by_ground");
    for (String kind : List.of("held", "changed", "unheld", "no-point")) {
      grounds.put(kind, byGround.getOrDefault(kind, 0));
    }
    ArrayNode list = node.putArray("events");
    events.forEach(e -> list.add(e.toJson()));
    ArrayNode creditList = node.putArray("credits");
    credits.forEach(creditList::add);
    return node;
  }

  private static void putOptional(ObjectNode node, String name, Optional<String> value) {
    if (value.isPresent()) {
      node.put(name, value.get());
    } else {
      node.putNull(name);
    }
  }

  /**
   * The page as GeoJSON, for GIS tools: one point feature per event, id {@code dataset:event_id}, with the CSV's
   * columns as properties, and the range, filters and credits as top-level members.
   */
  public void writeGeoJson(OutputStream out) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("from", from.toString());
    members.put("to", to.toString());
    members.put("total", total);
    members.put("credits", credits);
    GeometryFactory factory = new GeometryFactory();
    try (GeoJsonWriter writer = new GeoJsonWriter(out, true, members)) {
      for (EventGround e : events) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<Object> row = e.csvRow();
        for (int i = 0; i < EventGround.COLUMNS.size(); i++) {
          properties.put(EventGround.COLUMNS.get(i), row.get(i));
        }
        Point point =
            factory.createPoint(new Coordinate(e.event().lon(), e.event().lat()));
        writer.write(e.event().dataset() + ":" + e.event().eventId(), point, properties);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the events GeoJSON", e);
    }
  }

  /** The page as CSV, one row per event ({@link EventGround#COLUMNS}); text cells a spreadsheet would run are quoted. */
  public void writeCsv(Writer out) {
    try {
      CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
      printer.printRecord(EventGround.COLUMNS);
      for (EventGround e : events) {
        SafeCsv.printRecord(printer, e.csvRow());
      }
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the events CSV", e);
    }
  }
}
