package io.frontline.formats;

import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * An observation as named text fields, the same names in CSV columns and GeoJSON properties, so that an export reads
 * back through the import. A place is written with its geonames_id and, where {@code places} knows it, its name,
 * country and coordinates; an area with its WKT (CSV only) and its label under "place". Blank fields are left out.
 */
public final class ObservationFields {
  private ObservationFields() {}

  /** The statement's fields, then lineage, version, recorded_by and recorded_at. */
  public static Map<String, String> of(
      Observation observation, LongFunction<Optional<Place>> places) {
    Map<String, String> fields = of(observation.statement(), places);
    fields.put("lineage", observation.lineage());
    fields.put("version", Integer.toString(observation.version()));
    fields.put("recorded_by", observation.recordedBy());
    fields.put("recorded_at", observation.recordedAt().toString());
    return fields;
  }

  public static Map<String, String> of(Statement statement, LongFunction<Optional<Place>> places) {
    Map<String, String> fields = new LinkedHashMap<>();
    subject(statement.subject(), places, fields);
    fields.put("actor", statement.actorId());
    fields.put("status", statement.status().code());
    statement.fromActor().ifPresent(from -> fields.put("from_actor", from));
    fields.put("date", statement.date().toString());
    fields.put("precision", statement.date().precision().code());
    source(statement.source(), fields);
    fields.put("confidence", statement.confidence().code());
    putIfNotBlank(fields, "note", statement.note());
    statement.findShare().ifPresent(share -> fields.put("share", Double.toString(share)));
    return fields;
  }

  private static void subject(
      Subject subject, LongFunction<Optional<Place>> places, Map<String, String> fields) {
    if (subject instanceof Subject.PlaceRef ref) {
      Optional<Place> place = places.apply(ref.placeId());
      place.ifPresent(p -> fields.put("place", p.name()));
      fields.put("geonames_id", Long.toString(ref.placeId()));
      place.ifPresent(p -> putIfNotBlank(fields, "country", p.country()));
      place.ifPresent(p -> fields.put("lat", Double.toString(p.lat())));
      place.ifPresent(p -> fields.put("lon", Double.toString(p.lon())));
    } else if (subject instanceof Subject.Area area) {
      putIfNotBlank(fields, "place", area.label());
      fields.put("wkt", area.geometry().toText());
    }
  }

  private static void source(Source source, Map<String, String> fields) {
    putIfNotBlank(fields, "source_title", source.title());
    putIfNotBlank(fields, "source_url", String.join(" ", source.urls()));
    putIfNotBlank(fields, "source_citation", source.citation());
    fields.put("source_kind", source.kind().code());
    putIfNotBlank(fields, "source_grade", source.gradeCode());
  }

  private static void putIfNotBlank(Map<String, String> fields, String name, String value) {
    if (value != null && !value.isBlank()) {
      fields.put(name, value);
    }
  }
}
