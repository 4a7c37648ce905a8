package io.frontline.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.actors.Actors;
import io.frontline.formats.FormatException;
import io.frontline.formats.geojson.GeoJsonCodec;
import io.frontline.formats.validation.GeometryValidator;
import io.frontline.formats.validation.ValidationResult;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Grade;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.server.http.ApiException;
import io.frontline.server.http.Problem.FieldError;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the JSON body of a new or corrected observation and checks every field, so that all problems come back
 * together, each next to its field: {@code place_id} or {@code area} (a GeoJSON Polygon or MultiPolygon, validated
 * and repaired as an import would) with {@code area_label}; {@code actor}, {@code status}, {@code from_actor},
 * {@code date} (YYYY, YYYY-MM or YYYY-MM-DD, not after today) and {@code precision}; {@code source} (title, urls,
 * citation, kind, grade; at least one of the first three; grade an Admiralty code such as B2); {@code confidence};
 * {@code note}; {@code share} (for a contested statement: a number strictly between 0 and 1).
 */
final class ObservationRequest {
  private final Actors actors;
  private final Gazetteer gazetteer;
  private final LocalDate today;
  private final List<FieldError> errors = new ArrayList<>();

  ObservationRequest(Actors actors, Gazetteer gazetteer, LocalDate today) {
    this.actors = actors;
    this.gazetteer = gazetteer;
    this.today = today;
  }

  /** The statement the body describes; a 422 problem listing every field error otherwise. */
  Statement read(JsonNode body) {
    if (!body.isObject()) {
      throw ApiException.badRequest("the body must be a JSON object with the observation's fields");
    }
    Subject subject = subject(body);
    String actor = actor(body, "actor", true);
    String from = actor(body, "from_actor", false);
    Status status = parse(body, "status", true, () -> Status.parse(text(body, "status")));
    FuzzyDate date = date(body);
    Source source = source(body.path("source"));
    Confidence confidence = text(body, "confidence").isEmpty() ? Confidence.MEDIUM
        : parse(body, "confidence", false, () -> Confidence.parse(text(body, "confidence")));
    Double share = share(body, status);
    if (actor != null && actor.equals(from)) {
      error("from_actor", "same-actor", "actor and from_actor must differ, both are " + actor);
    }
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors.size() + " field(s) to fix: " + errors.stream().map(FieldError::field)
          .distinct().collect(Collectors.joining(", ")), errors);
    }
    try {
      return new Statement(subject, actor, status, from, date, source, confidence, text(body, "note"), share);
    } catch (IllegalArgumentException e) {
      throw ApiException.invalid(e.getMessage(), List.of(new FieldError("", "invalid-observation", e.getMessage())));
    }
  }

  private Subject subject(JsonNode body) {
    boolean place = body.hasNonNull("place_id");
    boolean area = body.hasNonNull("area");
    if (place == area) {
      return error("place_id", "no-subject", "give either place_id (a GeoNames id) or area (a GeoJSON polygon)");
    }
    if (place) {
      JsonNode id = body.get("place_id");
      if (!id.canConvertToLong() || id.asLong() <= 0) {
        return error("place_id", "bad-place", "place_id must be a positive GeoNames id, was " + id);
      }
      if (gazetteer.findPlace(id.asLong()).isEmpty()) {
        return error("place_id", "unknown-place", "no place with GeoNames id " + id.asLong() + " in the gazetteer");
      }
      return new Subject.PlaceRef(id.asLong());
    }
    return area(body.get("area"), text(body, "area_label"));
  }

  private Subject area(JsonNode geometry, String label) {
    try {
      ValidationResult result = GeometryValidator.forMiddleEast().validateArea(GeoJsonCodec.read(geometry), "area");
      if (!result.accepted()) {
        return error("area", result.findings().get(0).code(), result.findings().stream()
            .filter(f -> f.severity() == Finding.Severity.ERROR).map(Finding::message)
            .collect(Collectors.joining("; ")));
      }
      return new Subject.Area(result.geometry().orElseThrow(), label);
    } catch (FormatException e) {
      return error("area", e.code(), e.getMessage());
    }
  }

  private String actor(JsonNode body, String field, boolean required) {
    String name = text(body, field);
    if (name.isEmpty()) {
      return required ? error(field, "missing-field", field + " is required") : null;
    }
    return actors.find(name).map(a -> a.id()).orElseGet(() -> error(field, "unknown-actor", "unknown actor '"
        + name + "'; known: " + String.join(", ", actors.all().stream().map(a -> a.id()).toList())));
  }

  private FuzzyDate date(JsonNode body) {
    String text = text(body, "date");
    if (text.isEmpty()) {
      return error("date", "missing-field", "date is required (YYYY, YYYY-MM or YYYY-MM-DD)");
    }
    FuzzyDate date = parse(body, "date", true, () -> FuzzyDate.parse(text, text(body, "precision")));
    if (date != null && date.start().isAfter(today)) {
      return error("date", "future-date", "date " + date + " is after today (" + today + ")");
    }
    return date;
  }

  private Source source(JsonNode node) {
    if (!node.isObject()) {
      return error("source", "no-source", "no source: every observation needs a source {title, urls, citation}");
    }
    List<String> urls = new ArrayList<>();
    JsonNode u = node.path("urls");
    if (u.isArray()) {
      u.forEach(x -> urls.add(x.asText()));
    } else if (u.isTextual()) {
      urls.addAll(List.of(u.asText().strip().split("\\s+")));
    }
    urls.removeIf(String::isBlank);
    String title = text(node, "title");
    String citation = text(node, "citation");
    if (title.isEmpty() && urls.isEmpty() && citation.isEmpty()) {
      return error("source", "no-source", "no source: give a title, a URL or a citation");
    }
    SourceKind kind = text(node, "kind").isEmpty() ? SourceKind.NEWS
        : parse(node, "source.kind", false, () -> SourceKind.parse(text(node, "kind")));
    Grade grade = text(node, "grade").isEmpty() ? null
        : parse(node, "source.grade", false, () -> Grade.parse(text(node, "grade")));
    try {
      return new Source(title, urls, citation, kind, grade);
    } catch (IllegalArgumentException e) {
      return error("source.urls", "bad-source", e.getMessage());
    }
  }

  /** The share held by the actor, when given: a number strictly between 0 and 1, on a contested statement only. */
  private Double share(JsonNode body, Status status) {
    JsonNode node = body.path("share");
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (!node.isNumber()) {
      return error("share", "bad-share", "share must be a number between 0 and 1, was " + node);
    }
    double share = node.asDouble();
    if (!(share > 0 && share < 1)) {
      return error("share", "bad-share", "share must be between 0 and 1 (exclusive), was " + node);
    }
    if (status != null && status != Status.CONTESTED) {
      return error("share", "bad-share", "a share is given only for a contested place or area, the status was "
          + status.code());
    }
    return share;
  }

  private <T> T parse(JsonNode body, String field, boolean required, Supplier<T> parser) {
    String name = field.contains(".") ? field.substring(field.indexOf('.') + 1) : field;
    if (text(body, name).isEmpty()) {
      return required ? error(field, "missing-field", field + " is required") : null;
    }
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      return error(field, "bad-" + name, e.getMessage());
    }
  }

  private <T> T error(String field, String code, String message) {
    errors.add(new FieldError(field, code, message));
    return null;
  }

  static String text(JsonNode node, String field) {
    JsonNode v = node.path(field);
    return v.isValueNode() && !v.isNull() ? v.asText().strip() : "";
  }
}
