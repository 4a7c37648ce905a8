package io.frontline.app.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.AppJson;
import io.frontline.formats.events.EventReadResult;
import io.frontline.observations.Finding;

/**
 * What one event import found and did: the read ({@code read}: format, rows, events, findings), how many events were
 * new to the store ({@code added}: 0 for a dry run or a rejected file) and whether it was a dry run. JSON:
 * docs/schema/event-import.schema.json.
 */
public record EventImportOutcome(EventReadResult read, int added, boolean dryRun) {
  /** A file with errors: nothing was written. */
  public boolean rejected() {
    return read.hasErrors();
  }

  public String summary() {
    return read.summary();
  }

  /** Events of the file already in the store (skipped). */
  public int alreadyStored() {
    return dryRun || rejected() ? 0 : read.events().size() - added;
  }

  public ObjectNode toJson() {
    ObjectNode node = AppJson.object();
    node.put("format", read.format() == null ? "unknown" : read.format().dataset());
    node.put("records", read.records()).put("events", read.events().size());
    node.put("has_errors", read.hasErrors());
    ArrayNode findings = node.putArray("findings");
    for (Finding f : read.findings()) {
      findings
          .addObject()
          .put("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT))
          .put("code", f.code())
          .put("location", f.location())
          .put("message", f.message());
    }
    node.put("added", added).put("already_stored", alreadyStored()).put("dry_run", dryRun);
    node.put("summary", summary());
    return node;
  }

  /** The report for people: the summary, one line per finding, and what was written. */
  public String text() {
    StringBuilder out = new StringBuilder(summary()).append('\n');
    for (Finding f : read.findings()) {
      out.append("  ")
          .append(f.severity().name().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(f.code())
          .append(' ')
          .append(f.location())
          .append(": ")
          .append(f.message())
          .append('\n');
    }
    out.append(
        added > 0
            ? "Added " + added + " events"
                + (alreadyStored() > 0 ? " (" + alreadyStored() + " already stored)." : ".")
            : rejected()
                ? "Nothing was written: fix the rejected rows."
                : dryRun
                    ? "Nothing was written (dry run)."
                    : "Nothing was written: every event is already stored.");
    return out.toString();
  }
}
