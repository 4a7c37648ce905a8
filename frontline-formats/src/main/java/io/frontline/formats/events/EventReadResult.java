package io.frontline.formats.events;

import io.frontline.events.Event;
import io.frontline.observations.Finding;
import java.util.List;

/**
 * What reading an event file gave: its format, the data rows read, the events and the findings. The import is all
 * or nothing: when any finding is an error, {@link #importable()} is false and nothing may be stored. Warnings
 * (unmapped actors, unresolved places whose lines are left out) do not stop it.
 */
public record EventReadResult(
    EventFormat format, int records, List<Event> events, List<Finding> findings) {
  public EventReadResult {
    events = List.copyOf(events);
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR);
  }

  public boolean importable() {
    return !hasErrors();
  }

  /** "46553 rows: 46553 events, 0 errors, 1 warning". */
  public String summary() {
    long errors =
        findings.stream().filter(f -> f.severity() == Finding.Severity.ERROR).count();
    return records + " rows (" + (format == null ? "unknown format" : format.dataset()) + "): "
        + events.size()
        + " events, " + errors + " errors, " + (findings.size() - errors) + " warnings"
        + (errors > 0 ? "; nothing imported" : "");
  }
}
