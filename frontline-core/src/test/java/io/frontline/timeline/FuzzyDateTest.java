package io.frontline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzyDateTest {
  @ParameterizedTest
  @CsvSource({
    "2014-06-10,DAY,2014-06-10,2014-06-10",
    "2014-06,MONTH,2014-06-01,2014-06-30",
    "2016,YEAR,2016-01-01,2016-12-31",
    "2016-02,MONTH,2016-02-01,2016-02-29"
  })
  void parsesThePeriod(String text, DatePrecision precision, LocalDate start, LocalDate end) {
    FuzzyDate date = FuzzyDate.parse(text);
    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.start()).isEqualTo(start);
    assertThat(date.end()).isEqualTo(end);
    assertThat(date.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "2015-02-30,does not exist",
    "2015-13,does not exist",
    "15-02-03,must be YYYY",
    "2015/02/03,must be YYYY",
    "'',must be YYYY"
  })
  void refusesImpossibleAndMalformedDates(String text, String message) {
    assertThatThrownBy(() -> FuzzyDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void checksTheStatedPrecision() {
    assertThat(FuzzyDate.parse("2014-06", "month").precision()).isEqualTo(DatePrecision.MONTH);
    assertThatThrownBy(() -> FuzzyDate.parse("2014-06", "day"))
        .hasMessageContaining("month-precise");
  }
}
