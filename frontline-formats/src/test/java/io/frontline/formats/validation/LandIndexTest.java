package io.frontline.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.frontline.basemap.Country;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import io.frontline.testing.MemoryBasemap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LandIndexTest {
  private static final LandIndex LAND = new LandIndex(new MemoryBasemap(List.of(
      MemoryBasemap.box("SY", "Syria", 35.7, 32.3, 41.0, 37.3),
      MemoryBasemap.box("IQ", "Iraq", 41.0, 29.1, 48.6, 37.3))));

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "POINT (43.1 36.3)|IQ",
        "POLYGON ((40.5 35, 42 35, 42 35.2, 40.5 35.2, 40.5 35))|IQ",
        "POLYGON ((40 35, 41.2 35, 41.2 35.2, 40 35.2, 40 35))|SY",
        "POINT (35.69 34.9)|SY"
      })
  void findsTheCountryByItsInteriorPointThenByOverlapThenWithinTheCoastTolerance(
      String wkt, String iso2) {
    assertThat(LAND.countryOf(WktParser.parse(wkt))).map(Country::iso2).contains(iso2);
    assertThat(LAND.onLand(WktParser.parse(wkt))).isTrue();
  }

  @Test
  void aGeometryBeyondTheToleranceIsAtSea() {
    assertThat(LAND.onLand(WktParser.parse("POINT (35.6 34.9)"))).isFalse();
    assertThat(LAND.countryOf(WktParser.parse("POINT (35.6 34.9)"))).isEmpty();
    assertThat(new LandIndex(List::of).isEmpty()).isTrue();
  }

  @Test
  void theValidatorRefusesAnAreaAtSeaAndDropsItsRepairs() {
    GeometryValidator validator = GeometryValidator.forMiddleEast().withLand(LAND, null, false);
    String clockwiseAtSea = "POLYGON ((33 34, 33 34.3, 33.5 34.3, 33.5 34, 33 34))";

    ValidationResult result = validator.validateArea(WktParser.parse(clockwiseAtSea), "line 3");

    assertThat(result.accepted()).isFalse();
    assertThat(result.findings())
        .extracting(Finding::code, Finding::severity)
        .containsExactly(tuple("outside-countries", Severity.ERROR));
  }

  @Test
  void theValidatorNamesTheCountryOfASwappedAreaWithoutAGazetteer() {
    GeometryValidator validator = GeometryValidator.forMiddleEast().withLand(LAND, null, false);

    ValidationResult result = validator.validateArea(
        WktParser.parse("POLYGON ((36.2 43, 36.45 43, 36.45 43.3, 36.2 43.3, 36.2 43))"),
        "feature 1");

    assertThat(result.findings())
        .extracting(Finding::message)
        .containsExactly("coordinates look swapped (lat, lon): "
            + "the area lies outside every country (in the sea); swapped, the area lies in Iraq (GeoJSON and KML use "
            + "lon,lat order; WKT uses lon lat)");
  }
}
