package io.frontline.render.geo;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.bundled.NaturalEarthBasemap;
import org.junit.jupiter.api.Test;

class RegionsTest {
  @Test
  void presetsAndCountriesInAnyLanguageAreFoundAndUnknownNamesAreNot() {
    var basemap = NaturalEarthBasemap.shared();
    assertThat(Regions.find("iraq-syria", basemap)).contains(Regions.IRAQ_SYRIA);
    Extent syria = Regions.find("Syrië", basemap).orElseThrow();
    assertThat(Regions.find("SY", basemap)).contains(syria);
    assertThat(syria.west()).isLessThan(35.8);
    assertThat(syria.east()).isGreaterThan(42.3);
    assertThat(Regions.find("Atlantis", basemap)).isEmpty();
  }
}
