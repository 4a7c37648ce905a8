package io.frontline.imports;

import static io.frontline.imports.ImportFixture.collection;
import static io.frontline.imports.ImportFixture.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Finding;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.FuzzyDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class ObservationImportTest {
  static final Statement MOSUL = new Statement(
      new Subject.PlaceRef(99072),
      "islamic-state",
      Status.CONTROLS,
      "iraq",
      FuzzyDate.parse("2014-06-10"),
      Source.ofUrl("https://a.example/mosul", SourceKind.NEWS),
      Confidence.HIGH,
      "fell");
  static final Statement RAQQA = new Statement(
      new Subject.PlaceRef(172955),
      "islamic-state",
      Status.CONTROLS,
      null,
      FuzzyDate.parse("2014-01"),
      new Source("Franspat report", List.of(), "", SourceKind.ANALYST),
      Confidence.MEDIUM,
      "");
  static final Statement PALMYRA_POCKET = new Statement(
      new Subject.Area(
          Geometries.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(38.2, 34.5),
            new Coordinate(38.4, 34.5),
            new Coordinate(38.4, 34.7),
            new Coordinate(38.2, 34.7),
            new Coordinate(38.2, 34.5)
          }),
          "Palmyra pocket"),
      "syria",
      Status.CONTESTED,
      "islamic-state",
      FuzzyDate.parse("2016"),
      new Source("", List.of("https://a.example/1", "https://a.example/2"), "", SourceKind.NEWS),
      Confidence.LOW,
      "");

  static final String GOOD_GEOJSON = collection(
      feature(
          "{\"type\": \"Point\", \"coordinates\": [43.12, 36.34]}",
          """
          "geonames_id": 99072, "actor": "ISIS", "status": "controls", "from_actor": "Government of Iraq",
          "date": "2014-06-10", "precision": "day", "source": "https://a.example/mosul", "confidence": "high",
          "note": "fell", "colour": "ignored\""""),
      feature(
          "null",
          """
          "place": "Raqqa", "country": "SY", "actor": "Daesh", "status": "controls", "date": "2014-01",
          "source": "Franspat report", "source_kind": "analyst\""""),
      feature(
          "{\"type\": \"Polygon\", \"coordinates\": [[[38.2,34.5],[38.4,34.5],[38.4,34.7],[38.2,34.7],[38.2,34.5]]]}",
          """
          "name": "Palmyra pocket", "actor": "syria", "status": "contested", "from_actor": "IS", "date": 2016,
          "source": ["https://a.example/1", "https://a.example/2"], "confidence": "low\""""));

  static final String GOOD_KML =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
        <Placemark><description>fell</description>
          <ExtendedData><Data name="geonames_id"><value>99072</value></Data><Data name="actor"><value>ISIL</value></Data>
            <Data name="status"><value>controls</value></Data><Data name="from_actor"><value>iraq</value></Data>
            <Data name="date"><value>2014-06-10</value></Data><Data name="source"><value>https://a.example/mosul</value></Data>
            <Data name="confidence"><value>high</value></Data></ExtendedData>
          <Point><coordinates>43.12,36.34,0</coordinates></Point></Placemark>
        <Placemark><ExtendedData><SchemaData>
            <SimpleData name="place">Ar Raqqah</SimpleData><SimpleData name="country">sy</SimpleData>
            <SimpleData name="actor">Islamitische Staat</SimpleData><SimpleData name="status">controls</SimpleData>
            <SimpleData name="date">2014-01</SimpleData><SimpleData name="precision">month</SimpleData>
            <SimpleData name="source">Franspat report</SimpleData><SimpleData name="source_kind">analyst</SimpleData>
          </SchemaData></ExtendedData></Placemark>
        <Placemark><name>Palmyra pocket</name>
          <ExtendedData><Data name="actor"><value>Government of Syria</value></Data>
            <Data name="status"><value>contested</value></Data><Data name="from_actor"><value>Daesh</value></Data>
            <Data name="date"><value>2016</value></Data>
            <Data name="source_url"><value>https://a.example/1 https://a.example/2</value></Data>
            <Data name="confidence"><value>low</value></Data></ExtendedData>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>38.2,34.5 38.4,34.5 38.4,34.7 38.2,34.7 38.2,34.5
          </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>
      </Document></kml>
      """;

  static final String GOOD_CSV =
      "note,confidence,source_kind,source_url,source_title,precision,date,from_actor,status,"
          + "actor,wkt,lon,lat,country,geonames_id,place\r\n"
          + "fell,high,,https://a.example/mosul,,day,2014-06-10,Government of Iraq,controls,ISIS,,43.12,36.34,,99072,\r\n"
          + ",,analyst,,Franspat report,,2014-01,,controls,Daesh,,,,SY,,Raqqa\r\n"
          + ",low,news,https://a.example/1 https://a.example/2,,year,2016,IS,contested,syria,"
          + "\"POLYGON ((38.2 34.5, 38.4 34.5, 38.4 34.7, 38.2 34.7, 38.2 34.5))\",,,,,Palmyra pocket\r\n";

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private static void assertAllAccepted(ImportResult result, String format) {
    assertThat(result.findings()).isEmpty();
    assertThat(result.format()).isEqualTo(format);
    assertThat(result.records()).isEqualTo(3);
    assertThat(result.accepted()).containsExactly(MOSUL, RAQQA, PALMYRA_POCKET);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void importsGeoJson() {
    assertAllAccepted(fixture.read("observations.geojson", GOOD_GEOJSON), "geojson");
  }

  @Test
  void importsKml() {
    assertAllAccepted(fixture.read("observations.kml", GOOD_KML), "kml");
  }

  @Test
  void importsKmz() throws Exception {
    Path kmz = dir.resolve("observations.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(GOOD_KML.getBytes(StandardCharsets.UTF_8));
    }
    assertAllAccepted(fixture.read(kmz), "kmz");
  }

  @Test
  void importsTheProjectCsv() {
    assertAllAccepted(fixture.read("observations.csv", GOOD_CSV), "csv");
  }

  @Test
  void detectsTheFormatFromContentWhenTheExtensionSaysNothing() {
    assertThat(fixture.read("export.txt", GOOD_GEOJSON).format()).isEqualTo("geojson");
    assertThat(fixture.read("export.dat", GOOD_KML).format()).isEqualTo("kml");
  }

  @Test
  void reportsAllThreeBadRecordsOfAFileAndAcceptsTheGoodOne() {
    ImportResult result = fixture.read(
        "mixed.geojson",
        collection(
            feature(
                "{\"type\": \"Polygon\", \"coordinates\": [[[38,35],[39,35],[39,36],[38,36]]]}",
                "\"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2015\", \"source\": \"https://a.example/1\""),
            feature(
                "null",
                "\"geonames_id\": 99072, \"actor\": \"Hezbollah\", \"status\": \"controls\", \"date\": \"2015\","
                    + " \"source\": \"https://a.example/2\""),
            feature(
                "null",
                "\"geonames_id\": 99072, \"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2015-02-30\","
                    + " \"source\": \"https://a.example/3\""),
            feature(
                "null",
                "\"geonames_id\": 99072, \"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2015-02-28\","
                    + " \"source\": \"https://a.example/4\"")));

    assertThat(result.records()).isEqualTo(4);
    assertThat(result.accepted()).hasSize(1);
    assertThat(result.rejected()).isEqualTo(3);
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            tuple("ring-not-closed", "feature 1"),
            tuple("unknown-actor", "feature 2"),
            tuple("impossible-date", "feature 3"));
  }

  @Test
  void reportsAllThreeBadRowsOfACsv() {
    ImportResult result = fixture.read(
        "mixed.csv",
        "place,geonames_id,lat,lon,wkt,actor,status,date,source_url\n"
            + "Mosul,99072,43.11889,36.335,,IS,controls,2014-06-10,https://a.example/1\n"
            + "pocket,,,,\"POLYGON ((38 35, 39 35, 39 36, 38 36))\",IS,controls,2014-06-10,https://a.example/2\n"
            + "Raqqa,172955,,,,IS,controls,2014-01-14,\n"
            + "Palmyra,163808,34.56,38.28,,IS,controls,2015-05-21,https://a.example/4\n");

    assertThat(result.records()).isEqualTo(4);
    assertThat(result.accepted())
        .extracting(Statement::subject)
        .containsExactly(new Subject.PlaceRef(163808));
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            tuple("coordinates-swapped", "line 2"),
            tuple("ring-not-closed", "line 3"),
            tuple("no-source", "line 4"));
    assertThat(result.findings().get(1).wkt()).isEqualTo("LINESTRING (38 35, 39 35, 39 36, 38 36)");
  }

  @Test
  void reportsAllThreeBadPlacemarksOfAKml() {
    String placemark = "<Placemark><ExtendedData><Data name=\"actor\"><value>IS</value></Data>"
        + "<Data name=\"status\"><value>controls</value></Data><Data name=\"source\"><value>Reuters</value></Data>"
        + "%s</ExtendedData>%s</Placemark>";
    String id =
        "<Data name=\"geonames_id\"><value>%s</value></Data><Data name=\"date\"><value>%s</value></Data>";
    ImportResult result = fixture.read(
        "mixed.kml",
        "<kml><Document>"
            + placemark.formatted(
                id.formatted("99072", "2014"),
                "<Point><coordinates>43.1 36.3</coordinates></Point>")
            + placemark.formatted(id.formatted("172955", "2014"), "")
            + placemark.formatted(id.formatted("424242", "2014"), "")
            + placemark.formatted(id.formatted("163808", "2030-01"), "")
            + "</Document></kml>");

    assertThat(result.records()).isEqualTo(4);
    assertThat(result.accepted()).hasSize(1);
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            tuple("kml-invalid", "placemark 1"),
            tuple("unknown-place", "placemark 3"),
            tuple("future-date", "placemark 4"));
  }

  @Test
  void isAllOrNothingUnlessValidRecordsAreAccepted() {
    ImportResult mixed = fixture.read(
        "mixed.csv",
        "geonames_id,actor,status,date,source_url\n"
            + "99072,IS,controls,2014-06-10,https://a.example/1\n99072,Hezbollah,controls,2014-06-10,https://a.example/2\n");
    ImportResult clean = fixture.read(
        "clean.csv",
        "geonames_id,actor,status,date,source_url\n"
            + "99072,IS,controls,2014-06-10,https://a.example/1\n");

    assertThat(mixed.accepted()).hasSize(1);
    assertThat(mixed.toRecord(false)).isEmpty();
    assertThat(mixed.toRecord(true)).isEqualTo(mixed.accepted());
    assertThat(clean.toRecord(false)).hasSize(1);
  }

  @Test
  void refusesMalformedJsonAsAWhole() {
    ImportResult result =
        fixture.read("broken.geojson", "{\"type\": \"FeatureCollection\",\n\"features\": [{]}");

    assertThat(result.records()).isZero();
    assertThat(result.accepted()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("json-malformed", "line 2, column 15"));
  }

  @Test
  void refusesAnXxeKml() {
    ImportResult result = fixture.read(
        "evil.kml",
        "<?xml version=\"1.0\"?><!DOCTYPE kml [<!ENTITY x SYSTEM "
            + "\"file:///etc/passwd\">]><kml><Placemark><name>&x;</name></Placemark></kml>");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::message)
        .containsExactly(tuple(
            "kml-doctype-refused", "file", "KML with a DOCTYPE or external entity is refused"));
  }

  @Test
  void refusesAKmzWithAPathTraversalEntry() throws Exception {
    Path kmz = dir.resolve("evil.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.putNextEntry(new ZipEntry("../../../tmp/doc.kml"));
      zip.write(GOOD_KML.getBytes(StandardCharsets.UTF_8));
    }

    assertThat(fixture.read(kmz).findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("kmz-unsafe-entry-name", "file"));
  }

  @Test
  void refusesACsvWithAnUnknownColumn() {
    ImportResult result = fixture.read("bad.csv", "actor,status,date,source_url,casualties\n");

    assertThat(result.format()).isEqualTo("csv");
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("csv-unknown-column", "header"));
  }

  @Test
  void reportsAnUnknownFormatAndAMissingFile() {
    assertThat(fixture.read("notes.txt", "just some text").findings())
        .extracting(Finding::code)
        .containsExactly("unknown-format");
    assertThat(fixture.read(dir.resolve("absent.csv")).findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("file-unreadable", "file"));
  }
}
