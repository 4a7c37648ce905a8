package io.frontline.formats.kml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.formats.Feature;
import io.frontline.formats.FeatureSet;
import io.frontline.formats.FormatException;
import io.frontline.observations.Finding;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KmlReaderTest {
  static final String DOCUMENT =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <kml xmlns="http://www.opengis.net/kml/2.2">
        <Document><Folder>
          <Placemark>
            <name>Mosul</name>
            <description>city centre</description>
            <ExtendedData>
              <Data name="actor"><value>ISIS</value></Data>
              <Data name="geonames_id"><value>99072</value></Data>
            </ExtendedData>
            <Point><coordinates>43.11889,36.335,0</coordinates></Point>
          </Placemark>
          <Placemark>
            <name>pocket</name>
            <ExtendedData><SchemaData schemaUrl="#obs">
              <SimpleData name="status">contested</SimpleData>
              <SimpleData name="name">east pocket</SimpleData>
            </SchemaData></ExtendedData>
            <Polygon>
              <outerBoundaryIs><LinearRing><coordinates>
                38,35,0 40,35,0 40,37,0 38,37,0 38,35,0
              </coordinates></LinearRing></outerBoundaryIs>
              <innerBoundaryIs><LinearRing><coordinates>38.5,35.5 38.5 , 36.5 39.5,36.5 38.5,35.5</coordinates></LinearRing></innerBoundaryIs>
            </Polygon>
          </Placemark>
          <Placemark>
            <MultiGeometry>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>38,35 39,35 39,36 38,35</coordinates></LinearRing></outerBoundaryIs></Polygon>
              <Polygon><outerBoundaryIs><LinearRing><coordinates>40,35 41,35 41,36 40,35</coordinates></LinearRing></outerBoundaryIs></Polygon>
            </MultiGeometry>
          </Placemark>
        </Folder></Document>
      </kml>
      """;

  static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsPlacemarksWithTheirGeometriesAndData() throws Exception {
    FeatureSet set = KmlReader.read(in(DOCUMENT));

    assertThat(set.findings()).isEmpty();
    assertThat(set.features()).extracting(Feature::index).containsExactly(1, 2, 3);
    Feature mosul = set.features().get(0);
    assertThat(mosul.geometry().toText()).isEqualTo("POINT (43.11889 36.335)");
    assertThat(mosul.properties())
        .containsEntry("name", "Mosul")
        .containsEntry("description", "city centre")
        .containsEntry("actor", "ISIS")
        .containsEntry("geonames_id", "99072");
    Feature pocket = set.features().get(1);
    assertThat(pocket.geometry().toText())
        .isEqualTo(
            "POLYGON ((38 35, 40 35, 40 37, 38 37, 38 35), (38.5 35.5, 38.5 36.5, 39.5 36.5, 38.5 35.5))");
    assertThat(pocket.properties())
        .containsEntry("status", "contested")
        .containsEntry("name", "east pocket");
    assertThat(set.features().get(2).geometry().getGeometryType()).isEqualTo("MultiPolygon");
    assertThat(set.location(3)).isEqualTo("placemark 3");
  }

  @Test
  void reportsEveryBadPlacemarkAndReadsTheRest() throws Exception {
    FeatureSet set = KmlReader.read(
        in(
            """
        <kml><Document>
          <Placemark><Point><coordinates>43.1;36.3</coordinates></Point></Placemark>
          <Placemark><Point><coordinates>43.1,36.3</coordinates></Point></Placemark>
          <Placemark><Polygon><outerBoundaryIs><LinearRing><coordinates>38,35 39,35 39,36 38,36</coordinates>
            </LinearRing></outerBoundaryIs></Polygon></Placemark>
          <Placemark><Polygon><innerBoundaryIs/></Polygon></Placemark>
          <Placemark><Model><Location/></Model></Placemark>
        </Document></kml>"""));

    assertThat(set.features()).hasSize(5);
    assertThat(set.features().get(1).geometry().toText()).isEqualTo("POINT (43.1 36.3)");
    assertThat(set.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(
            tuple("kml-invalid", "placemark 1"),
            tuple("ring-not-closed", "placemark 3"),
            tuple("kml-invalid", "placemark 4"),
            tuple("kml-invalid", "placemark 5"));
    assertThat(set.findings().get(0).message())
        .isEqualTo("malformed coordinate tuple '43.1;36.3' (expected lon,lat[,alt])");
  }

  @Test
  void refusesAnXxePayloadWithoutReadingTheFile(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
    String xxe =
        """
        <?xml version="1.0"?>
        <!DOCTYPE kml [<!ENTITY xxe SYSTEM "%s">]>
        <kml><Placemark><name>&xxe;</name><Point><coordinates>43,36</coordinates></Point></Placemark></kml>
        """
            .formatted(secret.toUri());

    assertThatThrownBy(() -> KmlReader.read(in(xxe)))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("kml-doctype-refused");
          assertThat(e.getMessage()).isEqualTo("KML with a DOCTYPE or external entity is refused");
          assertThat(e.location()).isEqualTo("file");
        })
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void refusesBillionLaughsQuickly() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">");
    }
    String bomb = "<?xml version=\"1.0\"?><!DOCTYPE kml [" + dtd
        + "]><kml><Placemark><name>&lol9;</name></Placemark></kml>";

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        Duration.ofSeconds(5), () -> assertThatThrownBy(() -> KmlReader.read(in(bomb)))
            .isInstanceOfSatisfying(
                FormatException.class, e -> assertThat(e.code()).isEqualTo("kml-doctype-refused")));
  }

  @Test
  void refusesElementsNestedTooDeepInAPlacemark() {
    String deep =
        "<kml><Placemark>" + "<a>".repeat(10_000) + "</a>".repeat(10_000) + "</Placemark></kml>";

    assertThatThrownBy(() -> KmlReader.read(in(deep)))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("kml-invalid");
          assertThat(e.getMessage()).isEqualTo("elements nested more than 64 deep");
        });
  }

  @Test
  void locatesMalformedXml() {
    assertThatThrownBy(() -> KmlReader.read(in("<kml>\n<Placemark><name>x</Placemark></kml>")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("xml-malformed");
          assertThat(e.location()).startsWith("line 2, column ");
          assertThat(e.getMessage()).startsWith("malformed XML: ");
        });
  }

  @Test
  void refusesBytesThatAreNotUtf8AsMalformed() {
    byte[] latin1 = "<kml><Placemark><name>Alep, Syrie (é)</name></Placemark></kml>"
        .getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> KmlReader.read(new ByteArrayInputStream(latin1)))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("xml-malformed"));
  }

  @Test
  void passesOnReadErrorsOfTheStream() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws java.io.IOException {
        throw new java.io.IOException("disk gone");
      }
    };

    assertThatThrownBy(() -> KmlReader.read(failing))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("disk gone");
  }

  @Test
  void refusesAnUndeclaredEntityAsMalformed() {
    assertThatThrownBy(
            () -> KmlReader.read(in("<kml><Placemark><name>&foo;</name></Placemark></kml>")))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("xml-malformed"));
  }
}
