package io.frontline.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MapLanguageTest {
  static final LocalDate FEB_1_2016 = LocalDate.of(2016, 2, 1);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "en;1 February 2016;about 98,600 km²",
        "nl;1 februari 2016;ca. 98.600 km²",
        "fr;1 février 2016;environ 98 600 km²",
        "de;1. Februar 2016;ca. 98.600 km²",
        "ar;١ فبراير ٢٠١٦;حوالي ٩٨٬٦٠٠ كم²"
      })
  void datesAndAreasAreWrittenTheLocalWay(String code, String date, String area) {
    MapLanguage l = MapLanguage.find(code).orElseThrow();
    assertThat(l.date(FEB_1_2016)).isEqualTo(date);
    assertThat(l.approximateArea(98_562.7).replace('\u202f', ' ')).isEqualTo(area);
  }

  @Test
  void everyLanguageHasEveryText() {
    for (MapLanguage l : MapLanguage.values()) {
      for (String key : java.util.ResourceBundle.getBundle("io.frontline.render.text.messages")
          .keySet()) {
        assertThat(l.text(key)).as(l.code() + " " + key).isNotBlank();
      }
    }
    assertThat(MapLanguage.find("xx")).isEmpty();
    assertThat(MapLanguage.find(" NL ")).contains(MapLanguage.NL);
  }

  @ParameterizedTest
  @CsvSource({
    "98562.7,98600",
    "78049,78000",
    "1234.5,1230",
    "512.4,512",
    "0.3,1",
    "0,0",
    "43749.9,43700"
  })
  void areasRoundToThreeSignificantFigures(double km2, long rounded) {
    assertThat(AreaRounding.round(km2)).isEqualTo(rounded);
  }
}
