package io.frontline.imports;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.observations.Finding;
import java.util.Locale;

/**
 * An {@link ImportResult} for people and for programs. Text: a summary line ("412 records: 409 accepted, 3 rejected,
 * 1 repaired", then "12 already recorded, skipped" when some were) and one line per finding ("line 7: error [unknown-actor] unknown actor 'ISIS-K'; known: ...").
 * JSON: the counts (already_recorded and duplicates too) and a "findings" array of {severity, code, location, message, wkt}.
 */
public final class ImportReport {
  private ImportReport() {}

  public static String summary(ImportResult result) {
    return result.records() + " records: " + result.accepted().size() + " accepted, "
        + result.rejected()
        + " rejected, " + result.repaired() + " repaired"
        + (result.alreadyRecorded() > 0
            ? ", " + result.alreadyRecorded() + " already recorded, skipped"
            : "")
        + (result.duplicates() > 0
            ? ", " + result.duplicates() + " repeated in the file, skipped"
            : "");
  }

  public static String text(ImportResult result) {
    StringBuilder text = new StringBuilder(summary(result)).append('\n');
    for (Finding finding : result.findings()) {
      text.append(finding).append('\n');
    }
    return text.toString();
  }

  public static ObjectNode json(ImportResult result) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("format", result.format());
    root.put("records", result.records());
    root.put("accepted", result.accepted().size());
    root.put("rejected", result.rejected());
    root.put("repaired", result.repaired());
    root.put("already_recorded", result.alreadyRecorded());
    root.put("duplicates", result.duplicates());
    root.put("has_errors", result.hasErrors());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : result.findings()) {
      ObjectNode node = findings.addObject();
      node.put("severity", finding.severity().name().toLowerCase(Locale.ROOT));
      node.put("code", finding.code());
      node.put("location", finding.location());
      node.put("message", finding.message());
      node.put("wkt", finding.wkt());
    }
    return root;
  }
}
