package io.frontline.app.observations;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.formats.FormatException;
import io.frontline.formats.geojson.GeoJsonCodec;
import io.frontline.imports.ImportRecord;
import io.frontline.observations.Finding;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;
import io.frontline.refusals.Refusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * An observation as a caller gives it, before any check: its fields under the observation CSV names
 * (docs/formats/README.md), an area or point geometry, what went wrong reading it, and the name each field has where
 * it came from (an API body's {@code source.grade}, a command's {@code source_grade}), so that every finding is told
 * next to the field the caller wrote. A correction keeps the subject of the version it corrects ({@link #of}).
 */
public record ObservationInput(
    Map<String, String> fields,
    Geometry geometry,
    List<Finding> readFindings,
    Map<String, String> fieldNames,
    Subject subject) {
  /** The JSON body's name of each field (docs/api/README.md, ObservationRequest in the OpenAPI document). */
  static final Map<String, String> JSON_NAMES = names(
      "geonames_id",
      "place_id",
      ImportRecord.GEOMETRY,
      "area",
      "label",
      "area_label",
      "source_title",
      "source.title",
      "source_url",
      "source.urls",
      "source_citation",
      "source.citation",
      "source_kind",
      "source.kind",
      "source_grade",
      "source.grade");

  private static final List<String> PLAIN = List.of(
      "actor",
      "from_actor",
      "status",
      "date",
      "precision",
      "confidence",
      "note",
      "share",
      "country");
  /** Names a finding may stand at that are no field of their own: the source as a whole, a retraction's reason. */
  private static final List<String> GROUPS = List.of("source", "reason", "place", "change");

  public ObservationInput {
    fields = Map.copyOf(fields);
    readFindings = List.copyOf(readFindings);
    fieldNames = Map.copyOf(fieldNames);
  }

  /** Fields alone, each named as it is ({@code source_grade}). */
  public static ObservationInput of(Map<String, String> fields) {
    return new ObservationInput(withoutNulls(fields), null, List.of(), Map.of(), null);
  }

  /** The fields of a recorded statement, its subject kept as it is: what a correction starts from. */
  public static ObservationInput of(Statement s) {
    Map<String, String> f = new HashMap<>();
    f.put("actor", s.actorId());
    f.put("from_actor", s.fromActorId());
    f.put("status", s.status().code());
    f.put("date", s.date().toString());
    f.put("confidence", s.confidence().code());
    f.put("note", s.note());
    f.put("share", s.share() == null ? null : s.share().toString());
    f.putAll(sourceFields(s.source()));
    return new ObservationInput(withoutNulls(f), null, List.of(), Map.of(), s.subject());
  }

  /**
   * The body of {@code POST /api/v1/observations} (and of a correction): {@code place_id} or {@code area} (a GeoJSON
   * Polygon or MultiPolygon) with {@code area_label}; actor, from_actor, status, date, precision, confidence, note,
   * share; {@code source} {title, urls, citation, kind, grade}. A body that is not an object is refused.
   */
  public static ObservationInput fromJson(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw Refusal.badInput(null, "the body must be a JSON object with the observation's fields");
    }
    Map<String, String> f = new HashMap<>();
    PLAIN.forEach(name -> f.put(name, text(body, name)));
    f.put("geonames_id", text(body, "place_id"));
    f.put("label", text(body, "area_label"));
    JsonNode source = body.path("source");
    if (source.isObject()) {
      f.put("source_title", text(source, "title"));
      f.put("source_url", urls(source.path("urls")));
      f.put("source_citation", text(source, "citation"));
      f.put("source_kind", text(source, "kind"));
      f.put("source_grade", text(source, "grade"));
    }
    List<Finding> read = new ArrayList<>();
    Geometry area = area(body.path("area"), read);
    return new ObservationInput(withoutNulls(f), area, read, JSON_NAMES, null);
  }

  /** The source fields of a {@link Source}. */
  static Map<String, String> sourceFields(Source source) {
    Map<String, String> f = new HashMap<>();
    f.put("source_title", source.title());
    f.put("source_url", String.join(" ", source.urls()));
    f.put("source_citation", source.citation());
    f.put("source_kind", source.kind().code());
    f.put("source_grade", source.grade() == null ? null : source.gradeCode());
    return f;
  }

  /** This input with {@code changes} laid over it: a null or blank value removes the field. */
  public ObservationInput with(Map<String, String> changes) {
    Map<String, String> f = new HashMap<>(fields);
    changes.forEach((k, v) -> {
      if (v == null || v.isBlank()) {
        f.remove(k);
      } else {
        f.put(k, v);
      }
    });
    return new ObservationInput(f, geometry, readFindings, fieldNames, subject);
  }

  /** This input with its fields named as the caller names them ({@code source_grade} as {@code grade}...). */
  public ObservationInput named(Map<String, String> names) {
    return new ObservationInput(fields, geometry, readFindings, names, subject);
  }

  /** The record the one check reads: every field located at its own name. */
  public ImportRecord record() {
    Map<String, String> locations = new HashMap<>();
    for (String field : fieldNamesAndPlain()) {
      locations.put(field, fieldNames.getOrDefault(field, field));
    }
    return new ImportRecord("body", fields, geometry, readFindings, locations, subject);
  }

  private static List<String> fieldNamesAndPlain() {
    List<String> all = new ArrayList<>(PLAIN);
    all.addAll(JSON_NAMES.keySet());
    all.addAll(GROUPS);
    return all;
  }

  private static Geometry area(JsonNode node, List<Finding> read) {
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    try {
      return GeoJsonCodec.read(node);
    } catch (FormatException e) {
      read.add(e.at("area").toFinding());
      return null;
    }
  }

  private static String urls(JsonNode node) {
    List<String> urls = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(u -> urls.add(u.asText().strip()));
    } else if (node.isTextual()) {
      urls.add(node.asText().strip());
    }
    urls.removeIf(String::isBlank);
    return String.join(" ", urls);
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
  }

  private static Map<String, String> withoutNulls(Map<String, String> fields) {
    Map<String, String> out = new LinkedHashMap<>();
    fields.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        out.put(k, v);
      }
    });
    return out;
  }

  private static Map<String, String> names(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
