package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.basemap.Country;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The country sizes table ({@code basemap/country-sizes.tsv}) says what the outlines file says. When the outlines
 * change, this test writes the new table to {@code target/country-sizes.tsv}: copy it over the bundled one.
 */
class CountrySizesTest {
  @Test
  void theTableHoldsEveryCountryOfTheOutlinesFileWithTheSameCodesNamesAndArea() throws IOException {
    List<Country> outlines = NaturalEarthBasemap.shared().countries();
    Path written = Path.of("target", "country-sizes.tsv");
    Files.createDirectories(written.getParent());
    Files.write(
        written,
        outlines.stream().map(NaturalEarthBasemap::sizeLine).toList(),
        StandardCharsets.UTF_8);
    List<Country> sizes = NaturalEarthBasemap.sizes().countries();
    assertThat(sizes).hasSize(outlines.size());
    for (int i = 0; i < outlines.size(); i++) {
      Country a = outlines.get(i);
      Country b = sizes.get(i);
      assertThat(b.iso2()).isEqualTo(a.iso2());
      assertThat(b.iso3()).isEqualTo(a.iso3());
      assertThat(b.name()).isEqualTo(a.name());
      assertThat(b.names()).isEqualTo(a.names());
      assertThat(b.area_km2()).as(a.iso2()).isEqualTo(a.area_km2());
      assertThat((Object) b.outline()).isNull();
    }
  }

  @Test
  void sizesFindTheReferenceCountry() {
    assertThat(NaturalEarthBasemap.sizes().findCountry("BE"))
        .map(Country::area_km2)
        .isEqualTo(NaturalEarthBasemap.shared().findCountry("BE").map(Country::area_km2));
  }
}
