package io.frontline.imports;

import io.frontline.formats.validation.GeometryValidator;
import io.frontline.formats.validation.LandIndex;
import io.frontline.observations.Finding;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one check of an observation, whichever way it enters: a file's record, an API body, a command's options. Every
 * field is checked so that all of a record's problems come back together, each a {@link Finding} with the same code
 * and message whatever the way in (only its location differs: a file's line, an API body's field).
 */
public final class ObservationCheck {
  private final RecordResolver records;

  /** Checks against {@code context} (actors, gazetteer, basemap, outlets) with the limits of {@code options}. */
  public ObservationCheck(ImportContext context, ImportOptions options) {
    GeometryValidator validator = new GeometryValidator(options.regionOfInterest())
        .withLand(
            new LandIndex(context.basemap()), context.gazetteer(), options.allowOutsideCountries());
    SubjectResolver subjects = new SubjectResolver(
        context.gazetteer(), context.basemap(), validator, options.maxPointDistance_m());
    this.records = new RecordResolver(
        context.actors(), subjects, LocalDate.now(options.clock()), context.outlets());
  }

  /** What was made of an input: the value when it had no error, and every finding (errors, repairs, warnings). */
  public record Checked<T>(Optional<T> value, List<Finding> findings) {
    public Checked {
      findings = List.copyOf(findings);
    }

    public List<Finding> errors() {
      return findings.stream()
          .filter(f -> f.severity() == Finding.Severity.ERROR)
          .toList();
    }
  }

  /** The statement a record makes. */
  public Checked<Statement> statement(ImportRecord record) {
    List<Finding> findings = new ArrayList<>();
    Optional<Statement> statement = records.resolve(record, findings);
    return new Checked<>(statement, findings);
  }

  /** The source a record names (its source_* fields), checked as a whole record's source is. */
  public Checked<Source> source(ImportRecord record) {
    List<Finding> findings = new ArrayList<>(record.readFindings());
    Optional<Source> source = RecordResolver.source(record, findings);
    return new Checked<>(source, findings);
  }

  RecordResolver records() {
    return records;
  }
}
