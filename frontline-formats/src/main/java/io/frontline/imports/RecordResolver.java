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
      checks.error("from_actor", FindingCode.SAME_ACTOR, "actor and from_actor are both " + actor);
    }
    Status status = status(checks);
    FuzzyDate date = date(checks);
    Source source = source(checks);
    Confidence confidence = confidence(checks);
    Double share = share(checks, status);
    Subject subject = record.subject() != null
        ? record.subject()
        : record.unreadable()
            ? null
            : status == Status.ENDS && record.geometry() == null
                ? subjects.region(record, findings)
                : subjects.resolve(record, findings);
    out.addAll(findings);
    if (findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)) {
      return Optional.empty();
    }
    String note = record.field("note").orElse("");
    return build(
            record,
            out,
            () -> new Statement(
                subject, actor, status, fromActor, date, source, confidence, note, share))
        .map(s -> weighed(s, record, out));
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
    out.add(FindingCode.WEAK_SOURCE.finding(
        record.locationOf("source"),
        "rests only on "
            + flagged.stream().map(Outlet::describe).collect(Collectors.joining(" and "))
            + ": recorded as low confidence; add an "
            + "independent source"));
    return statement.withConfidence(Confidence.LOW);
  }

  /**
   * The source a record names (source_title, source_url, source_citation, source_kind, source_grade), checked as a
   * whole record's source is: empty when it has an error, added to {@code out}.
   */
  static Optional<Source> source(ImportRecord record, List<Finding> out) {
    List<Finding> findings = new ArrayList<>();
    Source source = source(new Checks(record, findings));
    out.addAll(findings);
    return findings.stream().anyMatch(f -> f.severity() == Finding.Severity.ERROR)
        ? Optional.empty()
        : Optional.ofNullable(source);
  }

  /** The statement; should the core refuse a combination the checks let through, that is a finding too. */
  private static Optional<Statement> build(
      ImportRecord record, List<Finding> out, Supplier<Statement> statement) {
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
        checks.error(field, FindingCode.MISSING_FIELD, field + " is required");
      }
      return null;
    }
    Optional<Actor> actor = actors.find(name.get());
    if (actor.isEmpty()) {
      checks.error(
          field,
          FindingCode.UNKNOWN_ACTOR,
          UnknownActor.message(field.replace('_', ' '), name.get(), actors.all()));
      return null;
    }
    return actor.get().id();
  }

  private static Status status(Checks checks) {
    Optional<String> change = checks.record().field("change");
    if (change.isPresent()) {
      return checks.error(
          "change",
          FindingCode.BAD_CHANGE,
          "change must be captured, held, contested, raided or ends, was "
              + Quoted.of(change.get()));
    }
    Optional<String> text = checks.record().field("status");
    if (text.isEmpty()) {
      return checks.error("status", FindingCode.MISSING_FIELD, "status is required");
    }
    try {
      return Status.parse(text.get());
    } catch (IllegalArgumentException e) {
      return checks.error("status", FindingCode.BAD_STATUS, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private FuzzyDate date(Checks checks) {
    Optional<String> text = checks.record().field("date");
    if (text.isEmpty()) {
      return checks.error("date", FindingCode.MISSING_FIELD, "date is required");
    }
    if (!DATE_FORM.matcher(text.get()).matches()) {
      return checks.error(
          "date",
          FindingCode.BAD_DATE,
          "date must be YYYY, YYYY-MM or YYYY-MM-DD, was " + Quoted.of(text.get()));
    }
    FuzzyDate date;
    try {
      date = FuzzyDate.parse(text.get());
    } catch (IllegalArgumentException e) {
      return checks.error(
          "date", FindingCode.IMPOSSIBLE_DATE, Quoted.endQuoteCapped(e.getMessage()));
    }
    if (!precisionAgrees(checks, date)) {
      return null;
    }
    if (date.start().isAfter(today)) {
      return checks.error(
          "date", FindingCode.FUTURE_DATE, "date " + date + " is after today (" + today + ")");
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
      checks.error("precision", FindingCode.BAD_PRECISION, Quoted.endQuoteCapped(e.getMessage()));
      return false;
    }
    if (precision != date.precision()) {
      checks.error(
          "precision",
          FindingCode.PRECISION_MISMATCH,
          "date '" + date + "' is " + date.precision().code() + "-precise but precision says "
              + precision.code());
    }
    return precision == date.precision();
  }

  private static Source source(Checks checks) {
    ImportRecord record = checks.record();
    String title = record.field("source_title").orElse("");
    List<String> urls =
        record.field("source_url").map(u -> List.of(u.split("\\s+"))).orElse(List.of());
    String citation = record.field("source_citation").orElse("");
    SourceKind kind = sourceKind(checks);
    if (title.isEmpty() && urls.isEmpty() && citation.isEmpty()) {
      return checks.error(
          "source", FindingCode.NO_SOURCE, "no source: every observation needs a source");
    }
    Grade grade = grade(checks);
    try {
      return new Source(title, urls, citation, kind, grade);
    } catch (IllegalArgumentException e) {
      return checks.error(
          "source_url", FindingCode.BAD_SOURCE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private static Grade grade(Checks checks) {
    Optional<String> text = checks.record().field("source_grade");
    try {
      return text.map(Grade::parse).orElse(null);
    } catch (IllegalArgumentException e) {
      return checks.error(
          "source_grade", FindingCode.BAD_GRADE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  /** The share, when given: a number strictly between 0 and 1, on a contested record only. */
  private static Double share(Checks checks, Status status) {
    Optional<String> text = checks.record().field("share");
    if (text.isEmpty()) {
      return null;
    }
    double share;
    try {
      share = Double.parseDouble(text.get());
    } catch (NumberFormatException e) {
      return checks.error(
          "share",
          FindingCode.BAD_SHARE,
          "share must be a number between 0 and 1, was " + Quoted.of(text.get()));
    }
    if (!(share > 0 && share < 1)) {
      return checks.error(
          "share",
          FindingCode.BAD_SHARE,
          "share must be between 0 and 1 (exclusive), was " + text.get());
    }
    if (status != null && status != Status.CONTESTED) {
      return checks.error(
          "share",
          FindingCode.BAD_SHARE,
          "a share is given only for a contested place or area, the " + "status was "
              + status.code());
    }
    return share;
  }

  private static SourceKind sourceKind(Checks checks) {
    Optional<String> text = checks.record().field("source_kind");
    try {
      return text.map(SourceKind::parse).orElse(SourceKind.NEWS);
    } catch (IllegalArgumentException e) {
      return checks.error(
          "source_kind", FindingCode.BAD_SOURCE_KIND, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  private static Confidence confidence(Checks checks) {
    Optional<String> text = checks.record().field("confidence");
    try {
      return text.map(Confidence::parse).orElse(Confidence.MEDIUM);
    } catch (IllegalArgumentException e) {
      return checks.error(
          "confidence", FindingCode.BAD_CONFIDENCE, Quoted.endQuoteCapped(e.getMessage()));
    }
  }

  /** The record under check and the findings collected for it. */
  private record Checks(ImportRecord record, List<Finding> findings) {
    /** Adds an error finding and returns null, for "return checks.error(...)". */
    <T> T error(String field, FindingCode code, String message) {
      findings.add(code.finding(record.locationOf(field), message));
      return null;
    }
  }
}
