package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.observations.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text that is not valid UTF-8 is refused where it goes wrong, or read in the encoding the user names. */
class EncodingImportTest {
  private static final String KML =
      """
      <?xml version="1.0" encoding="%s"?>
      <kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Mosul</name>
        <ExtendedData><Data name="geonames_id"><value>99072</value></Data><Data name="actor"><value>IS</value></Data>
          <Data name="status"><value>controls</value></Data>
          <Data name="date"><value>2014-06-10</value></Data>
          <Data name="source_title"><value>Le Monde</value></Data>
          <Data name="note"><value>prise confirmée</value></Data></ExtendedData>
        <Point><coordinates>43.12,36.34</coordinates></Point></Placemark></kml>
      """;
  private static final String GEOJSON = ImportFixture.collection(ImportFixture.feature(
      "null",
      "\"geonames_id\": 99072, \"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2014-06-10\","
          + " \"source\": \"Le Monde\", \"note\": \"prise confirmée\""));

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private static Path resource(String name) throws Exception {
    return Path.of(EncodingImportTest.class.getResource("/imports/" + name).toURI());
  }

  private Path write(String name, String text, java.nio.charset.Charset charset) throws Exception {
    return Files.write(dir.resolve(name), text.getBytes(charset));
  }

  @Test
  void aLatin1CsvIsRefusedAtItsFirstAccent() throws Exception {
    ImportResult result = fixture.read(resource("latin1.csv"));

    assertThat(result.records()).isZero();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("not-utf8", "line 2"));
    assertThat(result.findings().get(0).message())
        .startsWith("not valid UTF-8: byte 0xE9 at byte offset 127 (line 2)");
  }

  @Test
  void aLatin1CsvReadsWithItsEncodingNamed() throws Exception {
    ImportResult result = fixture.read(
        resource("latin1.csv"), ImportFixture.OPTIONS.withEncoding(StandardCharsets.ISO_8859_1));

    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted()).singleElement().satisfies(s -> assertThat(s.note())
        .isEqualTo("prise de Mossoul confirmée par l'armée"));
  }

  @Test
  void aBinaryFileGivenAsCsvIsRefusedAtItsFirstByte() throws Exception {
    ImportResult result = fixture.read(resource("binary.csv"));

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("not-utf8", "line 1"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("not valid UTF-8: byte 0x89 at byte offset 0 (line 1); "
            + "the file holds NUL bytes: it looks binary, not text (is it the right file?)");
  }

  @Test
  void controlCharactersInAQuotedHeaderAreEscapedAndLongNamesCut() throws Exception {
    ImportResult result = fixture.read(resource("controls.csv"));

    Finding finding = result.findings().get(0);
    assertThat(finding.code()).isEqualTo("csv-unknown-column");
    assertThat(finding.message())
        .contains("'\\x00\\x01\\x1B[31mred\\x1B[0m'", "'\\x07" + "a".repeat(79) + "…'")
        .doesNotContain("a".repeat(81))
        .matches("[\\x20-\\x7E…]*");
  }

  @Test
  void geoJsonMustBeUtf8UnlessAnEncodingIsNamed() throws Exception {
    Path latin1 = write("latin1.geojson", GEOJSON, StandardCharsets.ISO_8859_1);

    assertThat(fixture.read(latin1).findings())
        .extracting(Finding::code)
        .containsExactly("not-utf8");
    ImportResult named =
        fixture.read(latin1, ImportFixture.OPTIONS.withEncoding(StandardCharsets.ISO_8859_1));
    assertThat(named.findings()).isEmpty();
    assertThat(named.accepted().get(0).note()).isEqualTo("prise confirmée");
  }

  @Test
  void aUtf8BomIsFine() throws Exception {
    Path bom = write("bom.geojson", "\uFEFF" + GEOJSON, StandardCharsets.UTF_8);

    assertThat(fixture.read(bom).findings()).isEmpty();
  }

  @Test
  void kmlHonoursTheEncodingItsPrologDeclares() throws Exception {
    Path declared = write("latin1.kml", KML.formatted("ISO-8859-1"), StandardCharsets.ISO_8859_1);
    Path undeclared = write("lying.kml", KML.formatted("UTF-8"), StandardCharsets.ISO_8859_1);

    ImportResult result = fixture.read(declared);
    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted().get(0).note()).isEqualTo("prise confirmée");
    assertThat(fixture.read(undeclared).findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("not-utf8", "line 7"));
  }

  @Test
  void kmlWithAnUnknownDeclaredEncodingIsRefused() throws Exception {
    Path file = write("odd.kml", KML.formatted("klingon-8"), StandardCharsets.UTF_8);

    assertThat(fixture.read(file).findings())
        .extracting(Finding::code, Finding::message)
        .containsExactly(tuple(
            "unknown-encoding",
            "the XML prolog declares the encoding 'klingon-8', which is not known"));
  }

  @Test
  void theKmlInsideAKmzIsCheckedToo() throws Exception {
    Path kmz = dir.resolve("latin1.kmz");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(kmz))) {
      zip.putNextEntry(new ZipEntry("doc.kml"));
      zip.write(KML.formatted("UTF-8").getBytes(StandardCharsets.ISO_8859_1));
    }

    assertThat(fixture.read(kmz).findings()).extracting(Finding::code).containsExactly("not-utf8");
    assertThat(fixture
            .read(kmz, ImportFixture.OPTIONS.withEncoding(StandardCharsets.ISO_8859_1))
            .findings())
        .isEmpty();
  }

  @Test
  void aValueFullOfControlCharactersIsQuotedEscapedAndCut() throws Exception {
    String status = "\u001b]0;pwned\u0007" + "x".repeat(200);
    Path file = fixture.write(
        "status.csv",
        "geonames_id,actor,status,date,source_title\n" + "99072,IS,\"" + status
            + "\",2014-06-10,Le Monde\n");

    Finding finding = fixture.read(file).findings().get(0);

    assertThat(finding.code()).isEqualTo("bad-status");
    assertThat(finding.message())
        .endsWith("was '\\x1B]0;pwned\\x07" + "x".repeat(70) + "…'")
        .matches("[\\x20-\\x7E…]*");
  }
}
