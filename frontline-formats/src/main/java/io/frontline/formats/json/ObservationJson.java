package io.frontline.formats.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.observations.Observation;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;

/** The JSON form of one observation version, as in {@code history.schema.json#/$defs/observation}. */
public final class ObservationJson {
  private ObservationJson() {}

  public static ObjectNode of(Observation o) {
    Statement s = o.statement();
    ObjectNode n = FrontlineJson.object();
    n.put("id", o.id())
        .put("lineage", o.lineage())
        .put("version", o.version())
        .put("retracted", o.retracted());
    if (s.subject() instanceof Subject.PlaceRef ref) {
      n.put("place_id", ref.placeId());
    } else if (s.subject() instanceof Subject.Area area) {
      n.put("area_wkt", area.geometry().toText()).put("area_label", area.label());
    }
    n.put("actor", s.actorId())
        .put("status", s.status().code())
        .put("from_actor", s.fromActorId())
        .put("date", s.date().toString())
        .put("precision", s.date().precision().code())
        .put("confidence", s.confidence().code())
        .put("note", s.note())
        .put("share", s.share());
    ObjectNode src = n.putObject("source");
    src.put("title", s.source().title())
        .put("citation", s.source().citation())
        .put("kind", s.source().kind().code())
        .put("label", s.source().label())
        .put("grade", s.source().grade() == null ? null : s.source().gradeCode());
    ArrayNode urls = src.putArray("urls");
    s.source().urls().forEach(urls::add);
    n.put("recorded_by", o.recordedBy()).put("recorded_at", o.recordedAt().toString());
    return n;
  }
}
