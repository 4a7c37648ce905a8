package io.frontline.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.figures.ActorFigures;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FigureTextsTest {
  static ActorFigures figures(
      double km2,
      double low,
      double high,
      long people,
      long pLow,
      long pHigh,
      List<ActorFigures.CityShare> shares,
      Map<String, Double> grades) {
    return new ActorFigures(
        "islamic-state",
        "Islamic State",
        "#000000",
        km2,
        0,
        0,
        people,
        10,
        1,
        List.of("Mosul"),
        List.of(99072L),
        5,
        3,
        Optional.empty(),
        low,
        high,
        0,
        pLow,
        pHigh,
        shares,
        grades);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "64712.3 | 52034   | 80960.4 | about 64,700 km² (52,000–81,000)",
        "64712.3 | 64712.3 | 64712.3 | about 64,700 km²",
        "64712.3 | 64690   | 64740   | about 64,700 km²",
        "1234.5  | 998.2   | 1501    | about 1,230 km² (998–1,500)",
        "0.4     | 0       | 2.2     | about 1 km² (0–2)"
      })
  void areasGiveTheirRangeToThreeSignificantFigures(
      double km2, double low, double high, String expected) {
    assertThat(FigureTexts.area(MapLanguage.EN, km2, low, high)).isEqualTo(expected);
  }

  @Test
  void otherLanguagesWriteTheRangeInTheirOwnNumbers() {
    assertThat(FigureTexts.area(MapLanguage.NL, 64712.3, 52034, 80960.4))
        .isEqualTo("ca. 64.700 km² (52.000–81.000)");
    assertThat(FigureTexts.population(MapLanguage.EN, 5_214_800, 4_102_000, 6_296_000))
        .isEqualTo("population about 5,210,000 (4,100,000–6,300,000)");
    assertThat(FigureTexts.population(MapLanguage.EN, 5_214_800, 5_214_800, 5_214_800))
        .isEqualTo("population about 5,210,000");
  }

  @Test
  void gradesAreGroupedByLetterUngradedLast() {
    Map<String, Double> grades = Map.of("B2", 500.0, "B3", 280.0, "C3", 200.0, "ungraded", 20.0);
    assertThat(FigureTexts.grades(MapLanguage.EN, grades))
        .contains("Area by source grade: B 78%, C 20%, ungraded 2%");
    assertThat(FigureTexts.grades(MapLanguage.FR, grades).orElseThrow())
        .endsWith("B 78 %, C 20 %, non évaluée 2 %");
    assertThat(FigureTexts.grades(MapLanguage.EN, Map.of("A1", 999.0, "", 0.5)))
        .contains("Area by source grade: A 100%, ungraded <1%");
    assertThat(FigureTexts.grades(MapLanguage.EN, Map.of())).isEmpty();
  }

  @Test
  void captionLinesAddPopulationGradesAndCityShares() {
    ActorFigures a = figures(
        64712.3,
        52034,
        80960.4,
        3_158_839,
        2_800_000,
        3_500_000,
        List.of(new ActorFigures.CityShare(99072, "Mosul", 0.5)),
        Map.of("B1", 78.0, "C2", 22.0));
    assertThat(FigureTexts.lines(MapLanguage.EN, "Islamic State", a))
        .containsExactly(
            "Islamic State: about 64,700 km² (52,000–81,000)",
            "Population about 3,160,000 (2,800,000–3,500,000)",
            "Area by source grade: B 78%, C 22%",
            "Mosul: 50% held");
    ActorFigures placeholder =
        figures(64712.3, 64712.3, 64712.3, 3_158_839, 3_158_839, 3_158_839, List.of(), Map.of());
    assertThat(FigureTexts.lines(MapLanguage.EN, "Islamic State", placeholder))
        .containsExactly("Islamic State: about 64,700 km²", "Population about 3,160,000");
    assertThat(FigureTexts.lines(
            MapLanguage.EN, "Islamic State", figures(0, 0, 0, 0, 0, 0, List.of(), Map.of())))
        .containsExactly("Islamic State: no ground held");
  }
}
