package io.frontline.imports;

import io.frontline.observations.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * One record of any format, ready to resolve: where it is, its non-blank fields under the observation CSV names, its
 * geometry (null when none), and the problems found while reading it (a geometry that could not be parsed).
 */
record ImportRecord(String location, Map<String, String> fields, Geometry geometry, List<Finding> readFindings) {
  ImportRecord {
    fields = Map.copyOf(fields);
    readFindings = List.copyOf(readFindings);
  }

  Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  boolean unreadable() {
    return readFindings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }
}
