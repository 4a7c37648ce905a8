package io.frontline.render.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageSizeTest {
  @Test
  void sizesInPixelsOrPaper() {
    assertThat(PageSize.parse("1600x1200", 150)).isEqualTo(new PageSize(1600, 1200, 150));
    assertThat(PageSize.parse("a4", 300)).isEqualTo(new PageSize(2480, 3508, 300));
    assertThat(PageSize.parse("A4-landscape", 150)).isEqualTo(new PageSize(1754, 1240, 150));
    assertThat(PageSize.parse("a4", 300).widthPt())
        .isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.1));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "0x0;150;between 320",
        "100000x100;150;between",
        "20000x300;150;between",
        "1600x1200;0;dpi must be",
        "1600x1200;5000;dpi must be",
        "huge;150;WIDTHxHEIGHT",
        "a4;1000;64 million",
        "12000x12000;150;64 million"
      })
  void impossibleSizesAreRefused(String size, int dpi, String message) {
    assertThatThrownBy(() -> PageSize.parse(size, dpi))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
