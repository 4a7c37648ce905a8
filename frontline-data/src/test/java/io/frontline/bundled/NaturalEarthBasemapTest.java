package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.basemap.Country;
import io.frontline.geometry.GeodesicArea;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NaturalEarthBasemapTest {
  @ParameterizedTest
  @CsvSource({
    "SY,Syria,185939",
    "IQ,Iraq,437367",
    "BE,Belgium,30670",
    "JO,Jordan,89000",
    "LB,Lebanon,10200"
  })
  void countryAreasInTheFileAreTheGeodesicAreasOfTheOutlines(
      String iso, String name, double roughly) {
    Country c = NaturalEarthBasemap.shared().findCountry(iso).orElseThrow();
    assertThat(c.name()).isEqualTo(name);
    assertThat(c.area_km2())
        .isCloseTo(GeodesicArea.km2(c.outline()), within(c.area_km2() * 1e-9 + 0.001));
    assertThat(c.area_km2()).isCloseTo(roughly, within(roughly * 0.03));
    assertThat(c.outline().isValid()).isTrue();
  }
}
