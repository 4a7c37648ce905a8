package io.frontline.formats.csv;

import java.util.Map;

/**
 * One data row: the line it starts on (1-based, the header is line 1) and its non-blank fields under the
 * OBSERVATIONS column names. A CONTROL_CHANGES row is mapped: to_actor to actor, sources to source_url, grade to
 * source_grade, a change "captured" or "held" to status controls, "contested" to contested, "raided" to presence and
 * "ends" to ends (with from_actor as the actor); any other change is kept under {@code change} for the import to
 * report.
 */
public record CsvRow(int line, Map<String, String> fields) {
  public CsvRow {
    fields = Map.copyOf(fields);
  }

  public String location() {
    return "line " + line;
  }
}
