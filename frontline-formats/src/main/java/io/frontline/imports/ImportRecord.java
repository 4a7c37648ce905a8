package io.frontline.imports;

import io.frontline.observations.Finding;
import io.frontline.observations.Subject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One observation as it enters, from any way in (a file's record, an API body, a command's options), ready to check:
 * where it is, its non-blank fields under the observation CSV names, its geometry (null when none), and the problems
 * found while reading it (a geometry that could not be parsed).
 *
 * <p>{@code fieldLocations} names where a field stands when that is not the record's location (an API body's JSON
 * field, {@code source.grade}; a command's option): each finding about a field is located there. The pseudo-field
 * {@code geometry} is the record's geometry. A non-null {@code subject} is one already resolved (a correction keeps
 * the subject of the version it corrects); it is used as it is.
 */
public record ImportRecord(
    String location,
    Map<String, String> fields,
    Geometry geometry,
    List<Finding> readFindings,
    Map<String, String> fieldLocations,
    Subject subject) {
  /** The field holding the geometry, for {@link #locationOf}. */
  public static final String GEOMETRY = "geometry";

  public ImportRecord {
    fields = Map.copyOf(fields);
    readFindings = List.copyOf(readFindings);
    fieldLocations = Map.copyOf(fieldLocations);
  }

  /** A file's record: every finding is located at {@code location}. */
  public ImportRecord(
      String location, Map<String, String> fields, Geometry geometry, List<Finding> readFindings) {
    this(location, fields, geometry, readFindings, Map.of(), null);
  }

  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Where a finding about {@code field} is located. */
  public String locationOf(String field) {
    return fieldLocations.getOrDefault(field, location);
  }

  boolean unreadable() {
    return readFindings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }
}
