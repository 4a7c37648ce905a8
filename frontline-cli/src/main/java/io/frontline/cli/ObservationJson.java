package io.frontline.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.cli.json.Json;
import io.frontline.observations.Observation;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;

/** The JSON form of one observation version. */
final class ObservationJson {
  private ObservationJson() {
  }

  static ObjectNode of(Observation o) {
    Statement s = o.statement();
    ObjectNode n = Json.MAPPER.createObjectNode();
    n.put("id", o.id()).put("lineage", o.lineage()).put("version", o.version()).put("retracted", o.retracted());
    if (s.subject() instanceof Subject.PlaceRef ref) {
      n.put("place_id", ref.placeId());
    } else if (s.subject() instanceof Subject.Area area) {
      n.put("area_wkt", area.geometry().toText()).put("area_label", area.label());
    }
    n.put("actor", s.actorId()).put("status", s.status().code()).put("from_actor", s.fromActorId())
        .put("date", s.date().toString()).put("precision", s.date().precision().code())
        .put("confidence", s.confidence().code()).put("note", s.note());
    ObjectNode src = n.putObject("source");
    src.put("title", s.source().title()).put("citation", s.source().citation()).put("kind", s.source().kind().code());
    s.source().urls().forEach(src.putArray("urls")::add);
    if (s.source().urls().isEmpty()) {
      src.putArray("urls");
    }
    n.put("recorded_by", o.recordedBy()).put("recorded_at", o.recordedAt().toString());
    return n;
  }
}
