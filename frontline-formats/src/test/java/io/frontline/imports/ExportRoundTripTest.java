package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.formats.csv.ObservationCsvWriter;
import io.frontline.formats.geojson.GeoJsonWriter;
import io.frontline.formats.geojson.ObservationGeoJsonWriter;
import io.frontline.formats.validation.WktParser;
import io.frontline.observations.Confidence;
import io.frontline.observations.Grade;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.FuzzyDate;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exported observations read back through the import as equal statements. */
class ExportRoundTripTest {
  static final List<Statement> STATEMENTS = List.of(
      new Statement(
          new Subject.PlaceRef(99072),
          "islamic-state",
          Status.CONTROLS,
          "iraq",
          FuzzyDate.parse("2014-06-10"),
          new Source(
              "Reuters, \"Mosul falls\"",
              List.of("https://a.example/1", "https://b.example/2"),
              "",
              SourceKind.NEWS),
          Confidence.HIGH,
          "fell in days,\nafter \"a siege\""),
      new Statement(
          new Subject.Area(
              WktParser.parse(
                  "POLYGON ((38.2 34.5, 38.4123457 34.5, 38.4123457 34.7000001, 38.2 34.7000001, 38.2 34.5))"),
              "Palmyra pocket"),
          "syria",
          Status.CONTESTED,
          "islamic-state",
          FuzzyDate.parse("2016-03"),
          new Source("", List.of(), "ISW map of 2016-03-20", SourceKind.ANALYST),
          Confidence.LOW,
          ""),
      new Statement(
          new Subject.PlaceRef(163808),
          "syria",
          Status.PRESENCE,
          null,
          FuzzyDate.parse("2017"),
          new Source("Ministry statement", List.of(), "", SourceKind.OFFICIAL_STATEMENT),
          Confidence.MEDIUM,
          ""),
      new Statement(
          new Subject.PlaceRef(99072),
          "iraq",
          Status.CONTESTED,
          "islamic-state",
          FuzzyDate.parse("2017-01-24"),
          new Source("", List.of("https://c.example/3"), "", SourceKind.NEWS, Grade.parse("B2")),
          Confidence.MEDIUM,
          "eastern half",
          0.5),
      new Statement(
          new Subject.Area(
              WktParser.parse("POLYGON ((40 33, 44 33, 44 36, 40 36, 40 33))"), "Iraq"),
          "islamic-state",
          Status.ENDS,
          null,
          FuzzyDate.parse("2017-12-09"),
          new Source("", List.of("https://d.example/4"), "", SourceKind.NEWS, Grade.parse("B1")),
          Confidence.MEDIUM,
          "declared over"));

  @TempDir
  Path dir;

  private static List<Observation> observations() {
    List<Observation> observations = new ArrayList<>();
    for (int i = 0; i < STATEMENTS.size(); i++) {
      observations.add(new Observation(
          i + 1,
          "obs-" + i,
          1 + i,
          STATEMENTS.get(i),
          "tester",
          Instant.parse("2025-01-0" + (i + 1) + "T10:00:00Z"),
          false));
    }
    return observations;
  }

  @Test
  void csvExportReadsBackAsTheSameStatements() throws Exception {
    Path file = dir.resolve("export.csv");
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ObservationCsvWriter.write(observations(), TestGazetteer.standard()::findPlace, out);
    }

    ImportResult result = new ImportFixture(dir).read(file);

    assertThat(Files.readAllLines(file).get(0))
        .isEqualTo("place,geonames_id,country,lat,lon,wkt,actor,status,"
            + "from_actor,date,precision,source_title,source_url,source_citation,source_kind,source_grade,confidence,note,"
            + "share,lineage,version,recorded_by,recorded_at");
    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted()).isEqualTo(STATEMENTS);
  }

  @Test
  void geoJsonExportReadsBackAsTheSameStatements() throws Exception {
    Path file = dir.resolve("export.geojson");
    try (OutputStream out = Files.newOutputStream(file);
        GeoJsonWriter writer = new GeoJsonWriter(out, true)) {
      ObservationGeoJsonWriter.write(observations(), TestGazetteer.standard()::findPlace, writer);
    }

    ImportResult result = new ImportFixture(dir).read(file);

    assertThat(Files.readString(file))
        .contains(
            "\"lineage\":\"obs-0\"",
            "\"version\":1",
            "\"geonames_id\":99072",
            "\"source_url\":[\"https://a.example/1\",\"https://b.example/2\"]",
            "\"recorded_by\":\"tester\"",
            "\"share\":0.5",
            "\"source_grade\":\"B2\"",
            "\"status\":\"ends\"");
    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted()).isEqualTo(STATEMENTS);
  }
}
