package io.frontline.formats.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.formats.FormatException;
import io.frontline.geometry.Geometries;
import org.junit.jupiter.api.Test;

class WktParserTest {
  @Test
  void readsWithTheSharedFactory() {
    assertThat(WktParser.parse("POINT (43.11889 36.335)").getFactory())
        .isSameAs(Geometries.FACTORY);
  }

  @Test
  void refusesAnUnclosedRingNamingBothEnds() {
    assertThatThrownBy(() -> WktParser.parse("POLYGON ((38 35, 39 35, 39 36, 38 36))"))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.code()).isEqualTo("ring-not-closed");
          assertThat(e.getMessage())
              .isEqualTo("ring not closed: first point 38 35 differs from last point 38 36");
          assertThat(e.wkt()).isEqualTo("LINESTRING (38 35, 39 35, 39 36, 38 36)");
        });
  }

  @Test
  void refusesARingOfThreePoints() {
    assertThatThrownBy(() -> WktParser.parse("POLYGON ((38 35, 39 35, 38 35))"))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("ring-too-short"));
  }

  @Test
  void refusesMalformedWkt() {
    assertThatThrownBy(() -> WktParser.parse("POLYGON ((38 35, 39"))
        .isInstanceOfSatisfying(
            FormatException.class, e -> assertThat(e.code()).isEqualTo("bad-wkt"));
  }
}
