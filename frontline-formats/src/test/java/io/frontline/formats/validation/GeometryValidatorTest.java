package io.frontline.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.geometry.Geometries;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class GeometryValidatorTest {
  private final GeometryValidator validator = GeometryValidator.forMiddleEast();

  private static Geometry wkt(String text) {
    return WktParser.parse(text);
  }

  @Test
  void acceptsAValidCounterClockwisePolygonWithoutFindings() {
    ValidationResult result =
        validator.validateArea(wkt("POLYGON ((38 35, 39 35, 39 36, 38 36, 38 35))"), "feature 1");

    assertThat(result.accepted()).isTrue();
    assertThat(result.findings()).isEmpty();
    assertThat(result.geometry().orElseThrow().getSRID()).isEqualTo(Geometries.WGS84);
  }

  @Test
  void reversesAClockwiseExteriorAndReportsTheRepair() {
    Geometry clockwise = wkt("POLYGON ((38 35, 38 36, 39 36, 39 35, 38 35))");
    ValidationResult result = validator.validateArea(clockwise, "feature 2");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity, Finding::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "ring-orientation-normalised", Severity.REPAIRED, "feature 2"));
    Polygon repaired = (Polygon) result.geometry().orElseThrow();
    assertThat(Orientation.isCCWArea(repaired.getExteriorRing().getCoordinates()))
        .isTrue();
    assertThat(Orientation.isCCWArea(clockwise.getCoordinates()))
        .as("input left alone")
        .isFalse();
  }

  @Test
  void makesHolesClockwise() {
    Geometry holeCcw = wkt(
        "POLYGON ((38 35, 40 35, 40 37, 38 37, 38 35), (38.5 35.5, 39.5 35.5, 39.5 36.5, 38.5 35.5))");
    Polygon repaired =
        (Polygon) validator.validateArea(holeCcw, "line 3").geometry().orElseThrow();

    assertThat(Orientation.isCCWArea(repaired.getInteriorRingN(0).getCoordinates()))
        .isFalse();
    assertThat(Orientation.isCCWArea(repaired.getExteriorRing().getCoordinates()))
        .isTrue();
  }

  @Test
  void removesRepeatedConsecutiveVertices() {
    ValidationResult result = validator.validateArea(
        wkt("POLYGON ((38 35, 39 35, 39 35, 39 36, 38 36, 38 36, 38 35))"), "feature 4");

    assertThat(result.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("repeated-vertices-removed");
      assertThat(f.severity()).isEqualTo(Severity.REPAIRED);
      assertThat(f.message()).isEqualTo("removed 2 repeated consecutive vertices");
    });
    assertThat(result.geometry().orElseThrow().getNumPoints()).isEqualTo(5);
  }

  @Test
  void refusesARingLeftTooShortByRemovingRepeats() {
    ValidationResult result =
        validator.validateArea(wkt("POLYGON ((38 35, 39 35, 39 35, 38 35))"), "feature 5");

    assertThat(result.accepted()).isFalse();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ring-too-short", "feature 5"));
  }

  @Test
  void refusesABowTieWithJtsReasonAndLocation() {
    ValidationResult result =
        validator.validateArea(wkt("POLYGON ((38 35, 39 36, 39 35, 38 36, 38 35))"), "feature 6");

    assertThat(result.accepted()).isFalse();
    Finding finding = result.findings().get(result.findings().size() - 1);
    assertThat(finding.code()).isEqualTo("invalid-geometry");
    assertThat(finding.location()).isEqualTo("feature 6");
    assertThat(finding.message()).startsWith("invalid Polygon: Self-intersection at 38.5 35.5");
    assertThat(finding.wkt()).startsWith("POLYGON ((38 35");
  }

  @Test
  void refusesOverlappingShells() {
    ValidationResult result = validator.validateArea(
        wkt(
            "MULTIPOLYGON (((38 35, 40 35, 40 37, 38 37, 38 35)), ((39 36, 41 36, 41 38, 39 38, 39 36)))"),
        "line 9");

    assertThat(result.accepted()).isFalse();
    assertThat(result.findings()).extracting(Finding::code).containsExactly("invalid-geometry");
  }

  @ParameterizedTest
  @CsvSource({
    "POINT (36 120), coordinates-swapped",
    "POINT (36 -95), coordinates-swapped",
    "POINT (200 35), coordinate-out-of-range",
    "POINT (120 100), coordinate-out-of-range",
    "'POLYGON ((38 35, 39 35, 39 136, 38 35))', coordinates-swapped"
  })
  void refusesCoordinatesOutOfRange(String text, String code) {
    ValidationResult result = validator.validate(wkt(text), "feature 7");

    assertThat(result.accepted()).isFalse();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::location)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(code, "feature 7"));
  }

  @Test
  void explainsSwappedCoordinatesInTheMessage() {
    Finding finding =
        validator.validate(wkt("POINT (36.335 143.1)"), "feature 1").findings().get(0);

    assertThat(finding.message())
        .startsWith("coordinates apparently swapped (GeoJSON and KML use lon,lat order)");
  }

  @Test
  void refusesNonFiniteCoordinates() {
    Geometry nan = Geometries.FACTORY.createPoint(new Coordinate(Double.NaN, 35));

    assertThat(validator.validate(nan, "placemark 1").findings())
        .extracting(Finding::code)
        .containsExactly("coordinate-not-finite");
  }

  @Test
  void refusesEmptyGeometries() {
    assertThat(validator.validate(wkt("POLYGON EMPTY"), "feature 1").findings())
        .extracting(Finding::code)
        .containsExactly("empty-geometry");
  }

  @Test
  void warnsButAcceptsAPointThatFitsTheRegionOnlyWhenSwapped() {
    ValidationResult result = validator.validate(wkt("POINT (12 44)"), "feature 3");

    assertThat(result.accepted()).isTrue();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("coordinates-swapped-suspect", Severity.WARNING));
  }

  @Test
  void warnsForAPolygonWhollySwappedIntoTheRegion() {
    ValidationResult result =
        validator.validateArea(wkt("POLYGON ((12 44, 12 43, 13 43, 13 44, 12 44))"), "f");

    assertThat(result.findings())
        .extracting(Finding::code)
        .containsExactly("coordinates-swapped-suspect");
  }

  @ParameterizedTest
  @CsvSource({
    "'POINT (43.11889 36.335)'",
    "'POINT (2.35 48.85)'",
    "'POLYGON ((12 44, 43 12, 44 13, 12 44))'"
  })
  void noSwapWarningInsideTheRegionOrWhenTheSwapDoesNotFitEither(String text) {
    assertThat(validator.validate(wkt(text), "f").findings())
        .extracting(Finding::code)
        .doesNotContain("coordinates-swapped-suspect");
  }

  @Test
  void anAreaMustBePolygonal() {
    ValidationResult result = validator.validateArea(wkt("LINESTRING (38 35, 39 36)"), "line 4");

    assertThat(result.findings())
        .extracting(Finding::code, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "not-an-area", "an area must be a Polygon or MultiPolygon, was LineString"));
  }
}
