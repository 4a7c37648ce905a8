package io.frontline.figures;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.basemap.Country;
import io.frontline.testing.MemoryBasemap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Areas put in terms of countries, with round country areas so that every ratio is worked out by hand: Belgium
 * 30,000 km2 (the reference), Luxembourg 2,600 (too small to be "the size of"), Jordan 89,000, Syria 185,000, Iraq
 * 435,000 and Greenland 2,100,000 (a dependent territory: never compared with).
 */
class SizeComparisonTest {
  private static final Country BELGIUM = country("BE", "Belgium", 30_000);
  private static final List<Country> COUNTRIES = List.of(
      BELGIUM,
      country("LU", "Luxembourg", 2_600),
      country("JO", "Jordan", 89_000),
      country("SY", "Syria", 185_000),
      country("IQ", "Iraq", 435_000),
      country("GL", "Greenland", 2_100_000));

  private static Country country(String iso2, String name, double km2) {
    Country box = MemoryBasemap.box(iso2, name, 0, 0, 1, 1);
    return new Country(iso2, box.iso3(), name, Map.of(), box.outline(), km2);
  }

  private static SizeComparison of(double km2) {
    return SizeComparison.of(km2, BELGIUM, COUNTRIES).orElseThrow();
  }

  @ParameterizedTest(name = "{0} km2: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "30000|about the size of Belgium|1.0|Belgium",
        "28500|about the size of Belgium|0.95|Belgium",
        "28499|about 95% of Belgium|0.95|Belgium",
        "93000|about 3.1 times Belgium; about the size of Jordan|3.1|Jordan",
        "150000|about 5.0 times Belgium; about the size of Syria|5.0|Syria",
        "2000000|about 66.7 times Belgium; about the size of Iraq|66.67|Iraq",
        "3000|about 10% of Belgium|0.1|Belgium",
        "4999|about 17% of Belgium|0.17|Belgium"
      })
  void theTextTheRatioAndTheClosestCountry(double km2, String text, double ratio, String closest) {
    SizeComparison c = of(km2);

    assertThat(c.text()).isEqualTo(text);
    assertThat(c.ratio()).isEqualTo(ratio);
    assertThat(c.closest()).isEqualTo(closest);
    assertThat(c.reference()).isEqualTo("Belgium");
    assertThat(c.reference_km2()).isEqualTo(30_000);
    assertThat(c.reference_iso2()).isEqualTo("BE");
  }

  @Test
  void theClosestCountryIsClosestByRatioNotByDifference() {
    // 300,000 km2: Iraq is 135,000 km2 larger and Syria 115,000 smaller, but 435/300 = 1.45 <
    // 300/185 = 1.62
    SizeComparison c = of(300_000);
    assertThat(c.closest()).isEqualTo("Iraq");
    assertThat(c.closest_iso2()).isEqualTo("IQ");
    assertThat(c.closest_km2()).isEqualTo(435_000);
    assertThat(c.text()).isEqualTo("about 10.0 times Belgium; about the size of Iraq");
  }

  @Test
  void noAreaOrNoReferenceGivesNoComparison() {
    assertThat(SizeComparison.of(0, BELGIUM, COUNTRIES)).isEmpty();
    assertThat(SizeComparison.of(-1, BELGIUM, COUNTRIES)).isEmpty();
    assertThat(SizeComparison.of(Double.NaN, BELGIUM, COUNTRIES)).isEmpty();
    assertThat(SizeComparison.of(1_000, null, COUNTRIES)).isEmpty();
    assertThat(SizeComparison.of(1_000, country("XX", "Nowhere", 0), COUNTRIES))
        .isEqualTo(Optional.empty());
  }
}
