package io.frontline.imports;

import static io.frontline.imports.ImportFixture.collection;
import static io.frontline.imports.ImportFixture.feature;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.observations.Subject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;

class SubjectResolverTest {
  private static final String OBSERVATION =
      "\"actor\": \"IS\", \"status\": \"controls\", \"date\": \"2015-06\", \"source\": \"https://a.example/1\"";

  @TempDir
  Path dir;

  private ImportFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new ImportFixture(dir);
  }

  private ImportResult one(String geometry, String properties) {
    String all = properties.isEmpty() ? OBSERVATION : properties + ", " + OBSERVATION;
    return fixture.read("one.geojson", collection(feature(geometry, all)));
  }

  private static String point(double lon, double lat) {
    return "{\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}";
  }

  private static String polygon(String rings) {
    return "{\"type\": \"Polygon\", \"coordinates\": " + rings + "}";
  }

  @Test
  void acceptsAPointNearItsPlace() {
    ImportResult result = one(point(43.2, 36.4), "\"geonames_id\": 99072");

    assertThat(result.findings()).isEmpty();
    assertThat(result.accepted().get(0).subject()).isEqualTo(new Subject.PlaceRef(99072));
  }

  @Test
  void refusesAPointWhoseLatAndLonAreSwappedByComparingWithThePlace() {
    ImportResult result = one(point(36.335, 43.11889), "\"geonames_id\": 99072");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location, Finding::severity)
        .containsExactly(tuple("coordinates-swapped", "feature 1", Severity.ERROR));
    assertThat(result.findings().get(0).message())
        .startsWith(
            "coordinates apparently swapped (GeoJSON and KML use lon,lat order): the point is ")
        .contains("from Mosul (99072, IQ, population 1739800)");
    assertThat(result.findings().get(0).wkt()).isEqualTo("POINT (36.335 43.11889)");
  }

  @Test
  void refusesAPointFarFromItsPlace() {
    ImportResult result = one(point(38.28402, 34.5624), "\"geonames_id\": 99072");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple("point-far-from-place", "feature 1"));
    assertThat(result.findings().get(0).message())
        .matches("the point is \\d+\\.\\d km from Mosul .*; it must be within 25.0 km");
  }

  @Test
  void refusesAPointWithALatitudeOutOfRange() {
    assertThat(one(point(36.3, 143.1), "\"geonames_id\": 99072").findings())
        .extracting(Finding::code)
        .containsExactly("coordinates-swapped");
    assertThat(one(point(243.1, 36.3), "\"geonames_id\": 99072").findings())
        .extracting(Finding::code)
        .containsExactly("coordinate-out-of-range");
  }

  @Test
  void refusesAPointWithoutAPlace() {
    assertThat(one(point(43.1, 36.3), "").findings())
        .extracting(Finding::code, Finding::message)
        .containsExactly(tuple(
            "no-subject",
            "a point alone is not a subject: give its place name (or a name) or its geonames_id"));
  }

  @Test
  void refusesAnAreaWithAGeonamesId() {
    assertThat(one(polygon("[[[38,35],[39,35],[39,36],[38,35]]]"), "\"geonames_id\": 99072")
            .findings())
        .extracting(Finding::code)
        .containsExactly("place-with-area");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\": \"LineString\", \"coordinates\": [[38,35],[39,36]]}|not-an-area",
        "{\"type\": \"MultiPoint\", \"coordinates\": [[38,35],[39,36]]}|not-an-area",
        "{\"type\": \"Polygon\", \"coordinates\": [[[38,35],[39,36],[39,35],[38,36],[38,35]]]}|invalid-geometry",
        "{\"type\": \"Polygon\", \"coordinates\": []}|empty-geometry",
        "{\"type\": \"Polygon\", \"coordinates\": [[[38,35],[39,35],[39,136],[38,35]]]}|coordinates-swapped"
      })
  void refusesBadAreas(String geometry, String code) {
    assertThat(one(geometry, "").findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(tuple(code, "feature 1"));
  }

  @Test
  void acceptsARepairedAreaAndCountsIt() {
    ImportResult result = one(
        polygon("[[[38,35],[38,36],[39,36],[39,36],[39,35],[38,35]]]"), "\"label\": \"pocket\"");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            tuple("repeated-vertices-removed", Severity.REPAIRED),
            tuple("ring-orientation-normalised", Severity.REPAIRED));
    Subject.Area area = (Subject.Area) result.accepted().get(0).subject();
    assertThat(area.label()).isEqualTo("pocket");
    assertThat(Orientation.isCCWArea(area.geometry().getCoordinates())).isTrue();
    assertThat(result.repaired()).isEqualTo(1);
    assertThat(result.hasErrors()).isFalse();
  }

  @Test
  void warnsOfAnAreaThatFitsTheRegionOnlyWhenSwapped() {
    ImportResult result = one(polygon("[[[12,44],[13,44],[13,45],[12,44]]]"), "");

    assertThat(result.accepted()).hasSize(1);
    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("coordinates-swapped-suspect", Severity.WARNING));
  }

  @Test
  void picksTheMostPopulousOfAmbiguousNamesWithAWarning() {
    ImportResult result = one("null", "\"place\": \"Suran\", \"country\": \"SY\"");

    assertThat(result.accepted().get(0).subject())
        .isEqualTo(new Subject.PlaceRef(TestGazetteer.SURAN_HAMA.id()));
    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity, Finding::location)
        .containsExactly(tuple("ambiguous-place", Severity.WARNING, "feature 1"));
    assertThat(result.findings().get(0).message())
        .isEqualTo("'Suran' matches 2 places in SY; chose the most populous, "
            + "Şūrān (163915, SY, population 30716); give a geonames_id to choose another");
  }

  @ParameterizedTest
  @CsvSource({"Mossoul,IQ", "الموصل,IQ", "MOSUL,''", "Mosoel,iq"})
  void findsPlacesByAnyOfTheirNames(String name, String country) {
    String properties = "\"place\": \"" + name + "\""
        + (country.isEmpty() ? "" : ", \"country\": \"" + country + "\"");

    assertThat(one("null", properties).accepted())
        .extracting(s -> s.subject())
        .containsExactly(new Subject.PlaceRef(99072));
  }
}
