package io.frontline.imports;

import io.frontline.formats.FindingCode;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.observations.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an import found: the detected {@code format}, how many {@code records} the file holds, the statements of the
 * valid records ({@code accepted}, in file order) and every finding (errors, repairs, warnings), in file order.
 *
 * <p>Import is all or nothing by default: the caller records {@code accepted} only when {@link #hasErrors()} is false,
 * or when the user asked to accept the valid records ({@link ImportOptions#acceptValid()}); {@link #toRecord(boolean)}
 * applies that rule. Valid records already in the store, or repeating an earlier record of the file, are neither
 * accepted nor rejected: they are skipped, each with a warning, and counted apart. A file-level error (unreadable file, malformed JSON/XML/CSV, a refused KMZ, a bad header) leaves
 * {@code records} at 0 and {@code accepted} empty, so nothing of such a file is ever recorded.
 */
public record ImportResult(
    String format, int records, List<Statement> accepted, List<Finding> findings) {
  public ImportResult {
    if (records < accepted.size()) {
      throw new IllegalArgumentException(
          "accepted " + accepted.size() + " of only " + records + " records");
    }
    accepted = List.copyOf(accepted);
    findings = List.copyOf(findings);
  }

  public boolean hasErrors() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /** Records refused for at least one error. */
  public int rejected() {
    return records - accepted.size() - alreadyRecorded() - duplicates();
  }

  /** Valid records skipped because the store already records them ({@code already-recorded}). */
  public int alreadyRecorded() {
    return count(FindingCode.ALREADY_RECORDED);
  }

  /** Valid records skipped because they repeat an earlier record of the file ({@code duplicate-in-file}). */
  public int duplicates() {
    return count(FindingCode.DUPLICATE_IN_FILE);
  }

  private int count(FindingCode code) {
    return (int) findings.stream()
        .filter(f -> f.code().equals(code.code()))
        .map(Finding::location)
        .distinct()
        .count();
  }

  /** Accepted records whose geometry was repaired. */
  public int repaired() {
    Set<String> withErrors = locations(Severity.ERROR);
    return (int) locations(Severity.REPAIRED).stream()
        .filter(l -> !withErrors.contains(l))
        .count();
  }

  /** The statements to record: all accepted ones if there are no errors or {@code acceptValid}, else none. */
  public List<Statement> toRecord(boolean acceptValid) {
    return !hasErrors() || acceptValid ? accepted : List.of();
  }

  private Set<String> locations(Severity severity) {
    return findings.stream()
        .filter(f -> f.severity() == severity)
        .map(Finding::location)
        .collect(Collectors.toSet());
  }
}
