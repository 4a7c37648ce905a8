package io.frontline.imports;

import static io.frontline.imports.ImportFixture.collection;
import static io.frontline.imports.ImportFixture.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.basemap.Basemap;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.testing.MemoryBasemap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Areas must lie in a country and near the place they are named after; swapped coordinates are told apart. */
class PlacementTest {
  /** Syria, Iraq and Turkey as boxes that do not overlap; the Black Sea and the Mediterranean lie outside them. */
  static final Basemap REGION = new MemoryBasemap(List.of(
      MemoryBasemap.box("SY", "Syria", 35.7, 32.3, 41.0, 37.3),
      MemoryBasemap.box("IQ", "Iraq", 41.0, 29.1, 48.6, 37.3),
      MemoryBasemap.box("TR", "Turkey", 26.0, 37.3, 44.8, 42.1)));

  private static final String OBSERVATION =
      "\"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2014-06\", \"source\": \"https://a.example/1\"";
  /** Mosul's area written [lat, lon]: read as lon/lat it lies in the Black Sea. */
  private static final String MOSUL_SWAPPED =
      "[[[36.2, 43.0], [36.2, 43.3], [36.45, 43.3], [36.45, 43.0], [36.2, 43.0]]]";

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private ImportResult area(String rings, String properties, ImportOptions options) {
    String geometry = "{\"type\": \"Polygon\", \"coordinates\": " + rings + "}";
    String all = properties.isEmpty() ? OBSERVATION : properties + ", " + OBSERVATION;
    return fixture.read(
        fixture.write("area.geojson", collection(feature(geometry, all))), REGION, options);
  }

  @Test
  void mosulsAreaWrittenLatLonIsRefusedAsSwappedNamingWhereItWouldLie() {
    ImportResult result = area(MOSUL_SWAPPED, "", ImportFixture.OPTIONS);

    assertThat(result.accepted()).isEmpty();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::severity)
        .containsExactly(tuple("coordinates-swapped", "feature 1", Severity.ERROR));
    assertThat(result.findings().get(0).message())
        .isEqualTo("coordinates look swapped (lat, lon): the area lies "
            + "outside every country (in the sea); swapped, the area lies in Iraq near Mosul (GeoJSON and KML use lon,lat "
            + "order; WKT uses lon lat)");
  }

  @Test
  void theSameAreaInKmlAndCsvIsRefusedToo() {
    String kml =
        """
        <kml><Placemark><name>Mosul pocket</name><ExtendedData><Data name="actor"><value>IS</value></Data>
          <Data name="status"><value>controls</value></Data><Data name="date"><value>2014-06</value></Data>
          <Data name="source"><value>https://a.example/1</value></Data></ExtendedData>
          <Polygon><outerBoundaryIs><LinearRing><coordinates>36.2,43.0 36.2,43.3 36.45,43.3 36.45,43.0 36.2,43.0
          </coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>""";
    String csv = "wkt,actor,status,date,source_url\n"
        + "\"POLYGON ((36.2 43, 36.2 43.3, 36.45 43.3, 36.45 43, 36.2 43))\",IS,controls,2014-06,https://a.example/1\n";

    assertThat(fixture
            .read(fixture.write("a.kml", kml), REGION, ImportFixture.OPTIONS)
            .findings())
        .extracting(Finding::code)
        .containsExactly("coordinates-swapped");
    assertThat(fixture
            .read(fixture.write("a.csv", csv), REGION, ImportFixture.OPTIONS)
            .findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("coordinates-swapped", "line 2"));
  }

  @Test
  void anAreaAtSeaIsRefusedUnlessOutsideCountriesAreAllowed() {
    String sea = "[[[33.0, 34.0], [33.5, 34.0], [33.5, 34.3], [33.0, 34.3], [33.0, 34.0]]]";

    ImportResult refused = area(sea, "", ImportFixture.OPTIONS);
    ImportResult allowed = area(sea, "", ImportFixture.OPTIONS.withAllowOutsideCountries(true));

    assertThat(refused.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("outside-countries", Severity.ERROR));
    assertThat(refused.findings().get(0).message())
        .isEqualTo("the area lies outside every country (in the sea); "
            + "check the coordinates, or allow it (--allow-outside-countries)");
    assertThat(allowed.accepted()).hasSize(1);
    assertThat(allowed.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("outside-countries", Severity.WARNING));
  }

  @Test
  void anAreaOverTheCoastIsOnLand() {
    String coast = "[[[35.6, 35.0], [35.75, 35.0], [35.75, 35.2], [35.6, 35.2], [35.6, 35.0]]]";

    assertThat(area(coast, "", ImportFixture.OPTIONS).findings()).isEmpty();
  }

  @Test
  void anAreaFarFromThePlaceItsLabelNamesIsAWarning() {
    String palmyra = "[[[38.2, 34.5], [38.4, 34.5], [38.4, 34.7], [38.2, 34.7], [38.2, 34.5]]]";

    ImportResult result = area(palmyra, "\"name\": \"Raqqa\"", ImportFixture.OPTIONS);

    assertThat(result.accepted()).hasSize(1);
    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("area-far-from-place", Severity.WARNING));
    assertThat(result.findings().get(0).message())
        .isEqualTo("the area labelled 'Raqqa' lies 149.6 km from "
            + "Ar Raqqah (172955, SY, population 177636), the nearest place of that name; check the coordinates or "
            + "the label");
  }

  @Test
  void aLabelledAreaThatLandsInAnotherCountryWhenSwappedIsRefusedAsSwapped() {
    String raqqaSwapped =
        "[[[35.9, 38.9], [36.05, 38.9], [36.05, 39.1], [35.9, 39.1], [35.9, 38.9]]]";

    ImportResult result = area(raqqaSwapped, "\"name\": \"Raqqa\"", ImportFixture.OPTIONS);

    assertThat(result.findings()).extracting(Finding::code).containsExactly("coordinates-swapped");
    assertThat(result.findings().get(0).message())
        .startsWith("coordinates look swapped (lat, lon): the area " + "labelled 'Raqqa' lies ")
        .endsWith(
            "; swapped, the area lies near Ar Raqqah (GeoJSON and KML use lon,lat " + "order)");
  }

  @Test
  void labelsThatNameNoPlaceAreNotChecked() {
    String palmyra = "[[[38.2, 34.5], [38.4, 34.5], [38.4, 34.7], [38.2, 34.7], [38.2, 34.5]]]";

    assertThat(
            area(palmyra, "\"name\": \"Palmyra pocket\"", ImportFixture.OPTIONS).findings())
        .isEmpty();
  }
}
