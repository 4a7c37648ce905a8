package io.frontline.app.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.control.Holding;
import io.frontline.events.Event;
import io.frontline.events.Ground;
import io.frontline.events.Side;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import java.util.List;
import java.util.stream.Collectors;

/** One event and whose ground it was on, on its date: the row of {@link EventsReport}. */
public record EventGround(Event event, Ground ground) {
  /** The CSV columns, in order. */
  public static final List<String> COLUMNS = List.of(
      "dataset",
      "event_id",
      "date",
      "date_precision",
      "lon",
      "lat",
      "location_precision",
      "country",
      "location",
      "type",
      "sub_type",
      "sides",
      "fatalities",
      "incidents",
      "source",
      "ground",
      "holder",
      "status",
      "other",
      "holders_seen",
      "deciding_observation",
      "deciding_lineage",
      "deciding_source");

  /** The holding, when one lasted the whole date. */
  public Holding holding() {
    return ground instanceof Ground.Held h ? h.holding() : null;
  }

  /** True when {@code actorId} controls or besieges the event's ground over its whole date. */
  public boolean inTerritoryOf(String actorId) {
    Holding h = holding();
    return h != null && h.heldBy(actorId);
  }

  public ObjectNode toJson() {
    Event e = event;
    ObjectNode node = AppJson.object();
    node.put("dataset", e.dataset())
        .put("event_id", e.eventId())
        .put("date", e.date().toString())
        .put("date_precision", e.date().precision().code())
        .put("lon", e.lon())
        .put("lat", e.lat())
        .put("location_precision", e.locationPrecision().code())
        .put("country", e.country())
        .put("location", e.location())
        .put("type", e.type())
        .put("sub_type", e.subType());
    ArrayNode sides = node.putArray("sides");
    for (Side s : e.sides()) {
      ObjectNode side = sides.addObject().put("name", s.name());
      if (s.actorId() == null) {
        side.putNull("actor");
      } else {
        side.put("actor", s.actorId());
      }
    }
    if (e.fatalities() == null) {
      node.putNull("fatalities");
    } else {
      node.put("fatalities", e.fatalities().best());
    }
    node.put("incidents", e.incidents()).put("source", e.source());
    node.set("ground", groundJson());
    return node;
  }

  private ObjectNode groundJson() {
    ObjectNode node = AppJson.object().put("kind", ground.kind());
    if (ground instanceof Ground.Held h) {
      holdingJson(node, h.holding());
      Observation o = h.holding().decidedBy().observation();
      Source src = o.statement().source();
      node.putObject("deciding")
          .put("observation", o.id())
          .put("lineage", o.lineage())
          .put("source", src == null ? "" : src.title())
          .put("url", src == null || src.urls().isEmpty() ? "" : src.urls().get(0));
    } else if (ground instanceof Ground.Changed c) {
      ArrayNode seen = node.putArray("holders_seen");
      c.seen().forEach(h -> holdingJson(seen.addObject(), h));
      node.put("unheld_too", c.unheldToo());
    } else if (ground instanceof Ground.Unheld u) {
      node.put("outside", u.outside());
    } else if (ground instanceof Ground.NoPoint p) {
      node.put("location_precision", p.precision().code());
    }
    return node;
  }

  private static void holdingJson(ObjectNode node, Holding h) {
    if (h.holder() == null) {
      node.putNull("holder");
    } else {
      node.put("holder", h.holder());
    }
    node.put("status", h.status().code());
    if (h.other() != null) {
      node.put("other", h.other());
    }
  }

  /** The values of {@link #COLUMNS}. */
  public List<Object> csvRow() {
    Event e = event;
    Holding h = holding();
    Observation o = h == null ? null : h.decidedBy().observation();
    Source src = o == null ? null : o.statement().source();
    String seen = ground instanceof Ground.Changed c
        ? c.seen().stream().map(Ground::holdingKey).collect(Collectors.joining(" "))
        : "";
    String sides = e.sides().stream()
        .map(s -> s.actorId() == null ? s.name() : s.actorId())
        .collect(Collectors.joining("; "));
    return java.util.Arrays.asList(
        e.dataset(),
        e.eventId(),
        e.date().toString(),
        e.date().precision().code(),
        e.lon(),
        e.lat(),
        e.locationPrecision().code(),
        e.country(),
        e.location(),
        e.type(),
        e.subType(),
        sides,
        e.fatalities() == null ? "" : e.fatalities().best(),
        e.incidents(),
        e.source(),
        ground.kind(),
        h == null || h.holder() == null ? "" : h.holder(),
        h == null ? "" : h.status().code(),
        h == null || h.other() == null ? "" : h.other(),
        seen,
        o == null ? "" : o.id(),
        o == null ? "" : o.lineage(),
        src == null ? "" : src.title());
  }

  /** The ground in a few words, for tables: "islamic-state controls", "changed", "unheld", "no point (region)". */
  public String groundText() {
    if (ground instanceof Ground.Held h) {
      Holding x = h.holding();
      return (x.holder() == null ? "unknown" : x.holder()) + " " + x.status().code()
          + (x.other() == null ? "" : " (" + x.other() + ")");
    }
    if (ground instanceof Ground.Changed c) {
      return "changed: "
          + c.seen().stream()
              .map(x -> x.holder() == null ? "unknown" : x.holder())
              .distinct()
              .collect(Collectors.joining(", "));
    }
    if (ground instanceof Ground.Unheld u) {
      return u.outside() ? "outside observed ground" : "unheld";
    }
    return "no point (" + ((Ground.NoPoint) ground).precision().code() + ")";
  }
}
