package io.frontline.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameDistanceTest {
  @ParameterizedTest(name = "{0} / {1}: {2}")
  @CsvSource({
    "Mosul, Mosul, 0",
    "Mosul, MOSUL, 0",
    "Al-Bab, al Bab, 0",
    "Mosul, Mosel, 1",
    "Jisr al-Shugur, Jisr ash Shughur, 3",
    "Raqqa, Ar Raqqah, 1",
    "'', Homs, 4"
  })
  void countsEditsBetweenNormalisedNames(String a, String b, int edits) {
    assertThat(NameDistance.between(a, b)).isEqualTo(edits);
    assertThat(NameDistance.between(b, a)).isEqualTo(edits);
  }

  @ParameterizedTest
  @CsvSource({"bab, 1", "mosul, 1", "jisralshugur, 3", "abcdefghijklmnopqrstuvwxyz, 4"})
  void toleratesAboutOneEditInFourLetters(String key, int tolerance) {
    assertThat(NameDistance.tolerance(key)).isEqualTo(tolerance);
  }
}
