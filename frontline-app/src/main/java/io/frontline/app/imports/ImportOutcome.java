package io.frontline.app.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.imports.ImportReport;
import io.frontline.imports.ImportResult;

/**
 * What one import found and did: what the check found ({@code result}), how many observations it wrote
 * ({@code recorded}: 0 for a dry run or a rejected file), whether it was a dry run, whether the valid records of a file
 * with errors were accepted, and the store's revision after it. JSON: docs/schema/import.schema.json.
 */
public record ImportOutcome(
    ImportResult result, int recorded, boolean dryRun, boolean acceptValid, long storeRevision) {
  /** A file with errors, imported all or nothing: nothing was written. */
  public boolean rejected() {
    return result.hasErrors() && !acceptValid;
  }

  public String summary() {
    return ImportReport.summary(result);
  }

  public ObjectNode toJson() {
    ObjectNode node = ImportReport.json(result);
    node.put("summary", summary());
    node.put("recorded", recorded).put("dry_run", dryRun).put("store_revision", storeRevision);
    return node;
  }

  /** The report for people: the summary, one line per finding, and what was written. */
  public String text() {
    return ImportReport.text(result) + "\n"
        + (recorded > 0
            ? "Recorded " + recorded + " observations."
            : rejected()
                ? "Nothing was written: fix the rejected records, or use --accept-valid."
                : result.alreadyRecorded() > 0 && result.accepted().isEmpty()
                    ? "Nothing was written: every valid record is already recorded."
                    : "Nothing was written.");
  }
}
