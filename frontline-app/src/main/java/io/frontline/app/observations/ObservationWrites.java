package io.frontline.app.observations;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.bundled.BundledOutlets;
import io.frontline.formats.FindingCode;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ObservationCheck;
import io.frontline.observations.Finding;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.Statement;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The write use cases on observations: record a new one, correct one (a new version) and retract one (a retraction
 * version). Nothing is overwritten. Every statement passes the one check an imported record passes
 * ({@link ObservationCheck}), so a fault has the same code and message whichever way it came in; a statement with
 * errors is refused ({@link Refusal.Kind#REJECTED}, its findings each at its field), an unknown lineage is
 * {@link Refusal.Kind#NOT_FOUND} and a change to a retracted observation a {@link Refusal.Kind#CONFLICT}.
 */
public final class ObservationWrites {
  /** The fewest first characters of a lineage id that may name it. */
  public static final int MIN_PREFIX = 8;

  private static final int LISTED = 5;
  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm'Z'").withZone(ZoneOffset.UTC);
  private final StoreAccess access;
  private final ObservationCheck check;

  /** Checks against {@code actors}, the store's gazetteer, {@code basemap} and the bundled outlets. */
  public ObservationWrites(StoreAccess access, Actors actors, Basemap basemap) {
    this(access, context(access.store(), actors, basemap), ImportOptions.defaults());
  }

  public ObservationWrites(StoreAccess access, ImportContext context, ImportOptions options) {
    this.access = access;
    this.check = new ObservationCheck(context, options);
  }

  /** What an observation is checked against: actors, the store's gazetteer, the basemap, the bundled outlets. */
  public static ImportContext context(GeoPackageStore store, Actors actors, Basemap basemap) {
    return ImportContext.of(actors, store).withBasemap(basemap).withOutlets(BundledOutlets.table());
  }

  /** Records a new observation. */
  public RecordedVersion record(ObservationInput input, String recordedBy) {
    String by = recorder(recordedBy);
    ObservationCheck.Checked<Statement> checked = statement(input);
    Observation o = access.write(
        store -> store.record(List.of(checked.value().orElseThrow()), by).get(0));
    return new RecordedVersion(
        o, Optional.empty(), access.revision(), warnings(checked.findings()));
  }

  /**
   * Records a corrected version: {@code edit} turns the fields of the latest version (subject kept) into the
   * corrected ones. A {@code reason}, when given (non-null), must say why; it is kept at the end of the note.
   */
  public RecordedVersion correct(
      String lineage, UnaryOperator<ObservationInput> edit, String reason, String recordedBy) {
    String by = recorder(recordedBy);
    String why = reason == null ? null : reason(reason, "a correction", "corrected");
    Observation previous = writable(lineage);
    ObservationInput input = edit.apply(ObservationInput.of(previous.statement()));
    if (why != null) {
      input = input.with(
          Map.of("note", Reasons.withReason(input.fields().getOrDefault("note", ""), why)));
    }
    ObservationCheck.Checked<Statement> checked = statement(input);
    Observation o = access.write(
        store -> store.supersede(previous.lineage(), checked.value().orElseThrow(), by));
    return new RecordedVersion(
        o, Optional.of(previous), access.revision(), warnings(checked.findings()));
  }

  /**
   * Records a retraction, with the source that shows the observation wrong ({@code source}'s source fields; null
   * keeps the latest version's source) and the reason, which is required.
   */
  public RecordedVersion retract(
      String lineage, ObservationInput source, String reason, String recordedBy) {
    String by = recorder(recordedBy);
    String why = reason(reason, "a retraction", "withdrawn");
    Source given = source == null ? null : source(source);
    Observation previous = writable(lineage);
    Observation o = access.write(store -> store.retract(previous.lineage(), given, why, by));
    return new RecordedVersion(o, Optional.of(previous), access.revision(), List.of());
  }

  /**
   * The latest version of the observation named by its lineage id, or by its first characters (at least
   * {@value #MIN_PREFIX}); retracted or not.
   */
  public Observation latest(String lineage) {
    String id = lineage == null ? "" : lineage.strip();
    GeoPackageStore store = access.store();
    List<Observation> versions = store.versions(id);
    if (versions.isEmpty() && id.length() >= MIN_PREFIX) {
      versions = store.versions(byPrefix(store, id));
    }
    if (versions.isEmpty()) {
      throw Refusal.notFound(
          "no observation with lineage '" + id + "'; a place's history lists them");
    }
    return versions.get(versions.size() - 1);
  }

  /** The statement an input makes; refused with every error when it has one. */
  private ObservationCheck.Checked<Statement> statement(ObservationInput input) {
    ObservationCheck.Checked<Statement> checked = check.statement(input.record());
    if (checked.value().isEmpty()) {
      throw rejected(checked.errors());
    }
    return checked;
  }

  private Source source(ObservationInput input) {
    ObservationCheck.Checked<Source> checked = check.source(input.record());
    if (checked.value().isEmpty()) {
      throw rejected(checked.errors());
    }
    return checked.value().get();
  }

  /** The refusal of an input with errors: how many fields, which, and every message. */
  static Refusal rejected(List<Finding> errors) {
    List<String> fields = errors.stream().map(Finding::location).distinct().toList();
    return Refusal.rejected(
        fields.size() + " field(s) to fix: "
            + fields.stream().map(f -> "${" + f + "}").collect(Collectors.joining(", ")) + " ("
            + errors.stream().map(Finding::message).collect(Collectors.joining("; ")) + ")",
        errors,
        null);
  }

  private Observation writable(String lineage) {
    Observation latest = latest(lineage);
    if (latest.retracted()) {
      throw Refusal.conflict("observation " + latest.lineage() + " was retracted at "
          + MINUTE.format(latest.recordedAt()) + " by " + latest.recordedBy() + " (version "
          + latest.version()
          + "); a retracted observation cannot be corrected or retracted again");
    }
    return latest;
  }

  private static String byPrefix(GeoPackageStore store, String prefix) {
    List<String> matches = store.lineagesStartingWith(prefix, LISTED + 1);
    if (matches.size() > 1) {
      throw Refusal.badInput(
          "lineage",
          "lineage '" + prefix + "' is the start of "
              + (matches.size() > LISTED ? "more than " + LISTED : matches.size())
              + " observations ("
              + String.join(", ", matches.stream().limit(LISTED).toList()) + "); give more of it");
    }
    return matches.isEmpty() ? "" : matches.get(0);
  }

  private static String reason(String reason, String what, String done) {
    if (reason == null || reason.isBlank()) {
      Finding missing = FindingCode.MISSING_FIELD.finding(
          "reason", "reason is required: say why the observation is " + done);
      throw Refusal.rejected(
          what + " needs a reason (${reason}: say why the observation is " + done + ")",
          List.of(missing),
          null);
    }
    return reason.strip();
  }

  /** Who records, as given; refused when blank. */
  public static String recorder(String recordedBy) {
    if (recordedBy == null || recordedBy.isBlank()) {
      throw Refusal.badInput("by", "${by} must name who records, was empty");
    }
    return recordedBy.strip();
  }

  private static List<Finding> warnings(List<Finding> findings) {
    return findings.stream().filter(f -> f.severity() != Finding.Severity.ERROR).toList();
  }
}
