package io.frontline.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.observations.Subject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A name and a point together find the place, as Google Earth and QGIS write a town: the point decides. */
class NamedPointTest {
  static final Place ARIHA = new Place(
      172994,
      "Arīḩā",
      List.of("Ariha", "Arihah", "أريحا"),
      Map.of(),
      35.81374,
      36.60964,
      "P",
      "PPLA2",
      "SY",
      "07",
      0);
  static final Place JERICHO = new Place(
      284899,
      "Jericho",
      List.of("Ariha", "Arīḩā", "Eriha", "أريحا"),
      Map.of(),
      31.86667,
      35.45,
      "P",
      "PPLA",
      "PS",
      "",
      19_783);
  static final Place KINNERET = new Place(
      294461, "Kinneret", List.of(), Map.of(), 32.72264, 35.5662, "P", "PPL", "IL", "", 686);
  static final Place KINNERET_MOSHAVA = new Place(
      294462, "Kinneret", List.of(), Map.of(), 32.7138, 35.56301, "P", "PPL", "IL", "", 689);

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(
        dir,
        new TestGazetteer(List.of(
            TestGazetteer.MOSUL,
            TestGazetteer.RAQQA,
            TestGazetteer.PALMYRA,
            ARIHA,
            JERICHO,
            KINNERET,
            KINNERET_MOSHAVA)));
  }

  private ImportResult placemark(String name, String lonLat) {
    return fixture.read(
        "town.kml",
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>%s</name>
          <ExtendedData><Data name="actor"><value>IS</value></Data><Data name="status"><value>controls</value></Data>
            <Data name="date"><value>2014-06-10</value></Data>
            <Data name="source"><value>https://a.example/1</value></Data></ExtendedData>
          <Point><coordinates>%s,0</coordinates></Point></Placemark></Document></kml>
        """
            .formatted(name, lonLat));
  }

  @Test
  void aPlacemarkNamedMosulWithItsPointIsMosul() {
    ImportResult result = placemark("Mosul", "43.13,36.34");

    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(99072));
  }

  @Test
  void thePointDecidesBetweenTheTwoAriha() {
    assertThat(placemark("Ariha", "36.61,35.82").accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(ARIHA.id()));
    assertThat(placemark("Ariha", "35.46,31.86").accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(JERICHO.id()));
  }

  @Test
  void aNameWithNoPlaceNamesThePlacesNearestThePoint() {
    ImportResult result = placemark("Atlantis", "43.13,36.34");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::severity)
        .containsExactly(tuple("unknown-place", "placemark 1", Severity.ERROR));
    assertThat(result.findings().get(0).message())
        .isEqualTo("place 'Atlantis' not in the gazetteer; places nearest "
            + "the point (43.13 36.34): Mosul (99072, IQ) at 1.1 km");
  }

  @Test
  void aNameWithNoPlaceInAnEmptyStretchSaysSo() {
    assertThat(placemark("Atlantis", "40.5,33.5").findings().get(0).message())
        .isEqualTo(
            "place 'Atlantis' not in the gazetteer; no gazetteer place lies near the point (40.5 33.5)");
  }

  @Test
  void aNamesakeTooFarAwayIsNamedWithItsDistance() {
    ImportResult result = placemark("Ariha", "36.2,35.5");

    assertThat(result.findings()).extracting(Finding::code).containsExactly("point-far-from-place");
    assertThat(result.findings().get(0).message())
        .isEqualTo("no place named 'Ariha' within 10.0 km of the point "
            + "(36.2 35.5); the nearest of that name is Arīḩā (172994, SY) at 50.9 km");
  }

  @Test
  void severalNamesakesWithinTheRadiusAreListedWithTheirIds() {
    ImportResult result = placemark("Kinneret", "35.565,32.72");

    assertThat(result.findings()).extracting(Finding::code).containsExactly("ambiguous-point");
    assertThat(result.findings().get(0).message())
        .isEqualTo("'Kinneret' at (35.565 32.72) matches 2 places within "
            + "10.0 km: Kinneret (294461, IL) at 0.3 km, Kinneret (294462, IL) at 0.7 km; give the geonames_id of the one "
            + "meant");
  }

  @Test
  void aSwappedNamedPointIsRefusedAsSwapped() {
    ImportResult result = placemark("Mosul", "36.34,43.13");

    assertThat(result.findings()).extracting(Finding::code).containsExactly("coordinates-swapped");
    assertThat(result.findings().get(0).message())
        .startsWith(
            "coordinates look swapped (lat, lon): no place named "
                + "'Mosul' within 10.0 km of (36.34 43.13), but swapped the point lies near Mosul (99072, IQ) at 1.1 km");
  }

  @Test
  void geoJsonAndCsvPointsWithANameWorkTheSameWay() {
    ImportResult geojson = fixture.read(
        "town.geojson",
        ImportFixture.collection(
            ImportFixture.feature(
                "{\"type\": \"Point\", \"coordinates\": [35.46, 31.86]}",
                "\"name\": \"Ariha\", \"actor\": \"IS\", "
                    + "\"status\": \"presence\", \"date\": \"2015\", \"source\": \"https://a.example/1\"")));
    ImportResult csv = fixture.read(
        "town.csv",
        "place,lat,lon,actor,status,date,source_url\n"
            + "Ariha,35.82,36.61,IS,presence,2015,https://a.example/1\n"
            + "Ariha,31.86,35.46,IS,presence,2015,https://a.example/1\n");

    assertThat(geojson.accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(JERICHO.id()));
    assertThat(csv.findings()).isEmpty();
    assertThat(csv.accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(ARIHA.id()), new Subject.PlaceRef(JERICHO.id()));
  }
}
