package io.frontline.app.imports;

import io.frontline.refusals.Refusal;
import java.util.List;
import java.util.Map;

/**
 * The refusal of a file with errors imported all or nothing: {@link Refusal.Kind#REJECTED}, carrying the import's
 * report (as the {@code report} member of the API's problem, and for the command line to print).
 */
public final class ImportRejected extends Refusal {
  private static final long serialVersionUID = 1L;
  private final transient ImportOutcome outcome;

  ImportRejected(ImportOutcome outcome) {
    super(
        Kind.REJECTED,
        outcome.summary() + "; nothing was written: fix the rejected records, or accept the valid"
            + " ones (${accept_valid})",
        null,
        List.of(),
        Map.of("report", outcome.toJson()),
        null);
    this.outcome = outcome;
  }

  public ImportOutcome outcome() {
    return outcome;
  }
}
