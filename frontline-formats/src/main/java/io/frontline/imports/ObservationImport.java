package io.frontline.imports;

import io.frontline.actors.Actors;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.csv.CsvRows;
import io.frontline.formats.csv.ObservationCsvReader;
import io.frontline.formats.geojson.GeoJsonReader;
import io.frontline.formats.kml.KmlReader;
import io.frontline.formats.validation.GeometryValidator;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.observations.Finding;
import io.frontline.observations.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file of observations (GeoJSON, KML, KMZ or CSV; see docs/formats/README.md) into statements, checking
 * every record and reporting every problem; nothing stops at the first error and nothing is recorded here. What to
 * record is the caller's choice, by the rule on {@link ImportResult}.
 */
public final class ObservationImport {
  private static final Pattern POSITION = Pattern.compile("^(?:line|feature|placemark) (\\d+)");

  private ObservationImport() {
  }

  public static ImportResult read(Path file, Actors actors, Gazetteer gazetteer, ImportOptions options) {
    ImportFormat format;
    try {
      format = ImportFormat.detect(file);
    } catch (IOException e) {
      return failed("unknown", unreadable(file, e));
    } catch (FormatException e) {
      return failed("unknown", e.toFinding());
    }
    try {
      return read(file, format, resolver(actors, gazetteer, options), options);
    } catch (FormatException e) {
      return failed(format.code(), e.toFinding());
    } catch (IOException e) {
      return failed(format.code(), unreadable(file, e));
    }
  }

  private static ImportResult read(Path file, ImportFormat format, RecordResolver resolver, ImportOptions options)
      throws IOException {
    return switch (format) {
      case GEOJSON -> features(format, readGeoJson(file), resolver);
      case KML -> features(format, readKml(file), resolver);
      case KMZ -> features(format, KmlReader.readKmz(file, options.kmzLimits()), resolver);
      case CSV -> csv(file, resolver);
    };
  }

  private static RecordResolver resolver(Actors actors, Gazetteer gazetteer, ImportOptions options) {
    GeometryValidator validator = new GeometryValidator(options.regionOfInterest());
    SubjectResolver subjects = new SubjectResolver(gazetteer, validator, options.maxPointDistance_m());
    return new RecordResolver(actors, subjects, LocalDate.now(options.clock()));
  }

  private static FeatureSet readGeoJson(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return GeoJsonReader.read(in);
    }
  }

  private static FeatureSet readKml(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return KmlReader.read(in);
    }
  }

  private static ImportResult features(ImportFormat format, FeatureSet set, RecordResolver resolver) {
    return resolve(format.code(), set.features().size(), FeatureRecords.of(set), List.of(), resolver);
  }

  private static ImportResult csv(Path file, RecordResolver resolver) throws IOException {
    CsvRows rows;
    try (InputStream in = Files.newInputStream(file)) {
      rows = ObservationCsvReader.read(in);
    }
    List<ImportRecord> records = rows.rows().stream().map(CsvRecords::of).toList();
    return resolve(rows.layout().formatName(), rows.records(), records, rows.findings(), resolver);
  }

  private static ImportResult resolve(String format, int count, List<ImportRecord> records,
      List<Finding> readerFindings, RecordResolver resolver) {
    List<Statement> accepted = new ArrayList<>();
    List<Finding> findings = new ArrayList<>(readerFindings);
    for (ImportRecord record : records) {
      resolver.resolve(record, findings).ifPresent(accepted::add);
    }
    findings.sort(Comparator.comparingLong(f -> position(f.location())));
    return new ImportResult(format, count, accepted, findings);
  }

  /** Orders findings by record: file-level ones first, then by line or feature number (a stable sort). */
  private static long position(String location) {
    Matcher m = POSITION.matcher(location);
    return m.find() ? Long.parseLong(m.group(1)) : 0;
  }

  private static Finding unreadable(Path file, IOException e) {
    String why = e instanceof NoSuchFileException ? "no such file" : e.toString();
    return FindingCode.FILE_UNREADABLE.finding("file", "cannot read " + file + ": " + why);
  }

  private static ImportResult failed(String format, Finding finding) {
    return new ImportResult(format, 0, List.of(), List.of(finding));
  }
}
