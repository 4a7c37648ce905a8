package io.frontline.imports;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Grade;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.sources.Outlet;
import io.frontline.sources.Outlets;
import io.frontline.timeline.DatePrecision;
import io.frontline.timeline.FuzzyDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns one import record into a statement, checking every field so that all of a record's problems are reported
 * together: actors by id, name or alias; status; date and precision (impossible and future dates refused); source;
 * confidence (medium when blank); share and source grade; and the subject through {@link SubjectResolver} (an ends
 * record without an area: its country's outline). A statement resting only on flagged outlets is recorded as low
 * confidence, with a warning.
 */
final class RecordResolver {
  private static final Pattern DATE_FORM = Pattern.compile("\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");
  private final Actors actors;
  private final SubjectResolver subjects;
  private final LocalDate today;
  private final Outlets outlets;

  RecordResolver(Actors actors, SubjectResolver subjects, LocalDate today) {
    this(actors, subjects, today, Outlets.none());
  }

  RecordResolver(Actors actors, SubjectResolver subjects, LocalDate today, Outlets outlets) {
    this.actors = actors;
    this.subjects = subjects;
    this.today = today;
    this.outlets = outlets;
  }

  /** The statement, or empty when the record has an error; its findings are added to {@code out}. */
  Optional<Statement> resolve(ImportRecord record, List<Finding> out) {
    List<Finding> findings = new ArrayList<>(record.readFindings());
    Checks checks = new Checks(record, findings);
    String actor = actor(checks, "actor", true);
    String fromActor = actor(checks, "from_actor", false);
    if (actor != null && actor.equals(fromActor)) {
      checks.error(FindingCode.SAME_ACTOR, "actor and from_actor are both " + actor);
    }
    Status status = status(checks);
    FuzzyDate date = date(checks);
    Source source = source(checks);
    Confidence confidence = confidence(checks);
    Double share = share(checks);
    Subject subject = record.unreadable() ? null : status == Status.ENDS && record.geometry() == null
        ? subjects.region(record, findings) : subjects.resolve(record, findings);
    out.addAll(findings);
    if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
      return Optional.empty();
    }
    String note = record.field("note").orElse("");
    return build(record, out, () -> new Statement(subject, actor, status, fromActor, date, source, confidence, note,
        share)).map(s -> weighed(s, record, out));
  }

  /**
   * The statement as recorded: when every URL of its source is on a flagged outlet (state, partisan, mirror, forum,
   * blog) and its confidence is not low, it is recorded as low confidence, with a warning naming the outlets.
   */
  private Statement weighed(Statement statement, ImportRecord record, List<Finding> out) {
    List<Outlet> flagged = outlets.onlyFlagged(statement.source());
    if (flagged.isEmpty() || statement.confidence() == Confidence.LOW) {
      return statement;
    }
    out.add(FindingCode.WEAK_SOURCE.finding(record.location(), "rests only on " + flagged.stream()
        .map(Outlet::describe).collect(Collectors.joining(" and ")) + ": recorded as low confidence; add an "
        + "independent source"));
    return statement.withConfidence(Confidence.LOW);
  }

  /** The statement; should the core refuse a combination the checks let through, that is a finding too. */
  private static Optional<Statement> build(ImportRecord record, List<Finding> out, Supplier<Statement> statement) {
    try {
      return Optional.of(statement.get());
    } catch (IllegalArgumentException e) {
      out.add(FindingCode.INVALID_OBSERVATION.finding(record.location(), e.getMessage()));
      return Optional.empty();
    }
  }

  private String actor(Checks checks, String field, boolean required) {
    Optional<String> name = checks.record().field(field);
    if (name.isEmpty()) {
      if (required) {
        checks.error(FindingCode.MISSING_FIELD, field + " is required");
      }
      return null;
    }
    Optional<Actor> actor = actors.find(name.get());
    if (actor.isEmpty()) {
      checks.error(FindingCode.UNKNOWN_ACTOR, UnknownActor.message(field.replace('_', ' '), name.get(),
          checks.record().location(), actors.all()));
      return null;
    }
    return actor.get().id();
  }

  private static Status status(Checks checks) {
    Optional<String> change = checks.record().field("change");
    if (change.isPresent()) {
      return checks.error(FindingCode.BAD_CHANGE, "change must be captured, held, contested, raided or ends, was "
          + Quoted.of(change.get()));
    }
    Optional<String> text = checks.record().field("status");
    if (text.isEmpty()) {
      return checks.error(FindingCode.MISSING_FIELD, "status is required");
    }
    try {
      return Status.parse(text.get());
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.BAD_STATUS, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private FuzzyDate date(Checks checks) {
    Optional<String> text = checks.record().field("date");
    if (text.isEmpty()) {
      return checks.error(FindingCode.MISSING_FIELD, "date is required");
    }
    if (!DATE_FORM.matcher(text.get()).matches()) {
      return checks.error(FindingCode.BAD_DATE, "date must be YYYY, YYYY-MM or YYYY-MM-DD, was " + Quoted.of(text.get()));
    }
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(text.get());
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.IMPOSSIBLE_DATE, Quoted.endQuoteCapped(e.getMessage()));
    }
    if (!precisionAgrees(checks, date)) {
      return null;
    }
    if (date.start().isAfter(today)) {
      return checks.error(FindingCode.FUTURE_DATE, "date " + date + " is after today (" + today + ")");
    }
    return date;
  }

  private static boolean precisionAgrees(Checks checks, FuzzyDate date) {
    Optional<String> text = checks.record().field("precision");
    if (text.isEmpty()) {
      return true;
    }
    DatePrecision precision;
    try {
      precision = DatePrecision.parse(text.get());
    } catch (IllegalArgumentException e) {
      checks.error(FindingCode.BAD_PRECISION, Quoted.endQuoteCapped(e.getMessage()));
      return false;
    }
    if (precision != date.precision()) {
      checks.error(FindingCode.PRECISION_MISMATCH, "date '" + date + "' is " + date.precision().code()
          + "-precise but precision says " + precision.code());
    }
    return precision == date.precision();
  }

  private static Source source(Checks checks) {
    ImportRecord record = checks.record();
    String title = record.field("source_title").orElse("");
    List<String> urls = record.field("source_url").map(u -> List.of(u.split("\\s+"))).orElse(List.of());
    String citation = record.field("source_citation").orElse("");
    SourceKind kind = sourceKind(checks);
    if (title.isEmpty() && urls.isEmpty() && citation.isEmpty()) {
      return checks.error(FindingCode.NO_SOURCE, "no source: every observation needs a source");
    }
    Grade grade = grade(checks);
    try {
      return new Source(title, urls, citation, kind, grade);
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.BAD_SOURCE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private static Grade grade(Checks checks) {
    Optional<String> text = checks.record().field("source_grade");
    try {
      return text.map(Grade::parse).orElse(null);
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.BAD_GRADE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  /** The share, when given: a number strictly between 0 and 1, on a contested record only. */
  private static Double share(Checks checks) {
    Optional<String> text = checks.record().field("share");
    if (text.isEmpty()) {
      return null;
    }
    double share;
    try {
      share = Double.parseDouble(text.get());
    } catch (NumberFormatException e) {
      return checks.error(FindingCode.BAD_SHARE, "share must be a number between 0 and 1, was " + Quoted.of(text.get()));
    }
    if (!(share > 0 && share < 1)) {
      return checks.error(FindingCode.BAD_SHARE, "share must be between 0 and 1 (exclusive), was " + text.get());
    }
    String status = checks.record().field("status").orElse("");
    if (!status.equalsIgnoreCase("contested")) {
      return checks.error(FindingCode.BAD_SHARE, "a share is given only for a contested place or area, the status was "
          + Quoted.of(status));
    }
    return share;
  }

  private static SourceKind sourceKind(Checks checks) {
    Optional<String> text = checks.record().field("source_kind");
    try {
      return text.map(SourceKind::parse).orElse(SourceKind.NEWS);
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.BAD_SOURCE_KIND, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private static Confidence confidence(Checks checks) {
    Optional<String> text = checks.record().field("confidence");
    try {
      return text.map(Confidence::parse).orElse(Confidence.MEDIUM);
    } catch (IllegalArgumentException e) {
      return checks.error(FindingCode.BAD_CONFIDENCE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  /** The record under check and the findings collected for it. */
  private record Checks(ImportRecord record, List<Finding> findings) {
    /** Adds an error finding and returns null, for "return checks.error(...)". */
    <T> T error(FindingCode code, String message) {
      findings.add(code.finding(record.location(), message));
      return null;
    }
  }
}
