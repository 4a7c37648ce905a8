package io.frontline.formats.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.sources.SourcesReport;
import java.util.Locale;

/** The JSON form of a sources report, as in {@code sources.schema.json} (without the store revision). */
public final class SourcesJson {
  private SourcesJson() {}

  public static ObjectNode of(SourcesReport report) {
    ObjectNode n = FrontlineJson.object();
    n.put("observations", report.observations());
    n.put("grade", report.grade().isEmpty() ? null : report.grade());
    n.put("outlet", report.outlet().isEmpty() ? null : report.outlet());
    var outlets = n.putArray("outlets");
    for (SourcesReport.Row row : report.rows()) {
      ObjectNode o = outlets.addObject();
      o.put("host", row.host())
          .put("name", row.name())
          .put("kind", row.kind().code())
          .put("kind_label", row.kind().label())
          .put("flagged", row.flagged())
          .put("reliability", String.valueOf(row.reliability()))
          .put("note", row.note())
          .put("observations", row.observations());
      ObjectNode grades = o.putObject("grades");
      row.grades().forEach(grades::put);
      o.put("first_date", row.first().toString()).put("last_date", row.last().toString());
    }
    return n;
  }

  /**
   * Checks a grade filter: an Admiralty code ("B2") or a reliability letter alone ("B"), any case; returns it in
   * upper case.
   */
  public static String grade(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (!t.matches("[A-F][1-6]?")) {
      throw new IllegalArgumentException(
          "grade must be an Admiralty code such as B2, or a reliability letter A-F, " + "was '"
              + text.strip() + "'");
    }
    return t;
  }
}
