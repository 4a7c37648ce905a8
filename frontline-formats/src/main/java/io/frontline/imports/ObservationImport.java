package io.frontline.imports;

import io.frontline.actors.Actors;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.formats.TextEncoding;
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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a file of observations (GeoJSON, KML, KMZ or CSV; see docs/formats/README.md) into statements, checking
 * every record and reporting every problem; nothing stops at the first error and nothing is recorded here. What to
 * record is the caller's choice, by the rule on {@link ImportResult}.
 */
public final class ObservationImport {
  private static final Pattern POSITION = Pattern.compile("^(?:line|feature|placemark) (\\d+)");

  private ObservationImport() {}

  /** Reads without a world basemap (areas are not checked for lying in a country) nor a store. */
  public static ImportResult read(
      Path file, Actors actors, Gazetteer gazetteer, ImportOptions options) {
    return read(file, ImportContext.of(actors, gazetteer), options);
  }

  /**
   * Reads a file against a context: areas must lie in a country of its basemap ({@link GeometryValidator#withLand}),
   * and records already recorded, or repeated within the file, are skipped with a warning.
   */
  public static ImportResult read(Path file, ImportContext context, ImportOptions options) {
    ImportFormat format;
    try {
      format = ImportFormat.detect(file);
    } catch (IOException e) {
      return failed("unknown", unreadable(file, e));
    } catch (FormatException e) {
      return failed("unknown", e.toFinding());
    }
    try {
      return read(file, format, resolver(context, options), options);
    } catch (FormatException e) {
      return failed(format.code(), e.toFinding());
    } catch (IOException e) {
      return failed(format.code(), unreadable(file, e));
    }
  }

  private static ImportResult read(
      Path file, ImportFormat format, Resolver resolver, ImportOptions options) throws IOException {
    return switch (format) {
      case GEOJSON -> features(format, readGeoJson(file, options.encoding()), resolver);
      case KML ->
        features(
            format, KmlReader.read(() -> Files.newInputStream(file), options.encoding()), resolver);
      case KMZ ->
        features(
            format, KmlReader.readKmz(file, options.kmzLimits(), options.encoding()), resolver);
      case CSV -> csv(file, options.encoding(), resolver);
    };
  }

  private static Resolver resolver(ImportContext context, ImportOptions options) {
    return new Resolver(new ObservationCheck(context, options).records(), context.recorded());
  }

  /** How records become statements, and how to tell those already recorded. */
  private record Resolver(RecordResolver records, UnaryOperator<List<Statement>> recorded) {}

  /** GeoJSON is UTF-8 (RFC 8259) unless the user names another encoding; every byte is checked first. */
  private static FeatureSet readGeoJson(Path file, Optional<Charset> encoding) throws IOException {
    checkEncoding(file, encoding);
    try (InputStream in = Files.newInputStream(file)) {
      return encoding.isPresent()
          ? GeoJsonReader.read(TextEncoding.reader(in, encoding.get()))
          : GeoJsonReader.read(in);
    }
  }

  private static Charset checkEncoding(Path file, Optional<Charset> encoding) throws IOException {
    Charset charset = encoding.orElse(StandardCharsets.UTF_8);
    try (InputStream in = Files.newInputStream(file)) {
      TextEncoding.check(in, charset);
    }
    return charset;
  }

  private static ImportResult features(ImportFormat format, FeatureSet set, Resolver resolver) {
    return resolve(
        format.code(), set.features().size(), FeatureRecords.of(set), List.of(), resolver);
  }

  /** A CSV file is resolved row by row as it is read, so its rows never pile up in memory. */
  private static ImportResult csv(Path file, Optional<Charset> encoding, Resolver resolver)
      throws IOException {
    Charset charset = checkEncoding(file, encoding);
    Resolution resolution = new Resolution(resolver);
    CsvRows read;
    try (InputStream in = Files.newInputStream(file)) {
      read = ObservationCsvReader.read(
          TextEncoding.reader(in, charset), row -> resolution.add(CsvRecords.of(row)));
    }
    return resolution.result(read.layout().formatName(), read.records(), read.findings());
  }

  private static ImportResult resolve(
      String format,
      int count,
      List<ImportRecord> records,
      List<Finding> readerFindings,
      Resolver resolver) {
    Resolution resolution = new Resolution(resolver);
    records.forEach(resolution::add);
    return resolution.result(format, count, readerFindings);
  }

  /**
   * The statements accepted so far (with where they are) and the findings about the records resolved so far. A
   * record that repeats an earlier one of the file is skipped at once; those already recorded are skipped at the end,
   * with one question to the store.
   */
  private static final class Resolution {
    private final Resolver resolver;
    private final List<Statement> accepted = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();
    private final Map<Statement.Claim, String> seen = new HashMap<>();
    private final List<Finding> findings = new ArrayList<>();

    Resolution(Resolver resolver) {
      this.resolver = resolver;
    }

    void add(ImportRecord record) {
      resolver.records().resolve(record, findings).ifPresent(s -> accept(s, record.location()));
    }

    private void accept(Statement statement, String location) {
      String first = seen.putIfAbsent(statement.claim(), location);
      if (first != null) {
        findings.add(FindingCode.DUPLICATE_IN_FILE.finding(
            location,
            "the same observation as " + first
                + " (same subject, actor, status, date and source): skipped"));
        return;
      }
      accepted.add(statement);
      locations.add(location);
    }

    ImportResult result(String format, int count, List<Finding> readerFindings) {
      List<Statement> kept = withoutRecorded();
      List<Finding> all = new ArrayList<>(readerFindings);
      all.addAll(findings);
      all.sort(Comparator.comparingLong(f -> position(f.location())));
      return new ImportResult(format, count, kept, all);
    }

    private List<Statement> withoutRecorded() {
      Set<Statement.Claim> recorded = resolver.recorded().apply(List.copyOf(accepted)).stream()
          .map(Statement::claim)
          .collect(Collectors.toSet());
      List<Statement> kept = new ArrayList<>();
      for (int i = 0; i < accepted.size(); i++) {
        if (recorded.contains(accepted.get(i).claim())) {
          findings.add(FindingCode.ALREADY_RECORDED.finding(
              locations.get(i),
              "already recorded (same subject, " + "actor, status, date and source): skipped"));
        } else {
          kept.add(accepted.get(i));
        }
      }
      return kept;
    }
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
