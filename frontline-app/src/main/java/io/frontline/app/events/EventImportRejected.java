package io.frontline.app.events;

import io.frontline.refusals.Refusal;
import java.util.List;
import java.util.Map;

/**
 * The refusal of an event file with errors: {@link Refusal.Kind#REJECTED}, carrying the import's report (the
 * {@code report} member of the API's problem, and what the command line prints).
 */
public final class EventImportRejected extends Refusal {
  private static final long serialVersionUID = 1L;
  private final transient EventImportOutcome outcome;

  EventImportRejected(EventImportOutcome outcome) {
    super(
        Kind.REJECTED,
        outcome.summary() + "; nothing was written: fix the rejected rows",
        null,
        List.of(),
        Map.of("report", outcome.toJson()),
        null);
    this.outcome = outcome;
  }

  public EventImportOutcome outcome() {
    return outcome;
  }
}
