package io.frontline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.frontline.timeline.FuzzyDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventTest {
  static Event at(double lon, double lat) {
    return new Event(
        "ucdp-ged",
        "1",
        "",
        FuzzyDate.parse("2015"),
        lon,
        lat,
        LocationPrecision.EXACT,
        "Syria",
        "",
        "state-based",
        "",
        List.of(new Side.Known("syria", "Government of Syria"), new Side.Unmapped("Jaysh X")),
        new Fatalities(3, 2, 5, Map.of("civilians", 1)),
        1,
        "");
  }

  @ParameterizedTest
  @CsvSource({"200, 35", "-181, 35", "38, 91", "38, -90.5", "NaN, 35"})
  void coordinatesOutOfRangeAreRefused(double lon, double lat) {
    assertThatThrownBy(() -> at(lon, lat))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("itude");
  }

  @Test
  void sidesKeepUnmappedNamesAndTheKeyJoinsDatasetAndId() {
    Event e = at(38, 35);
    assertThat(e.key()).isEqualTo("ucdp-ged:1");
    assertThat(e.involves("syria")).isTrue();
    assertThat(e.sides().get(1).actorId()).isNull();
    assertThat(e.sides().get(1).name()).isEqualTo("Jaysh X");
    assertThat(e.bestFatalities()).isEqualTo(3);
  }

  @Test
  void fatalitiesMustBeOrdered() {
    assertThatThrownBy(() -> new Fatalities(3, 4, 5, Map.of()))
        .hasMessageContaining("low <= best <= high");
    assertThatThrownBy(() -> new Fatalities(1, 0, 1, Map.of("civilians", -1)))
        .hasMessageContaining(">= 0");
  }

  @ParameterizedTest
  @CsvSource({
    "1, EXACT",
    "2, NEAR",
    "3, DISTRICT",
    "4, PROVINCE",
    "5, REGION",
    "6, COUNTRY",
    "7, NONE"
  })
  void ucdpPrecisionMapsOntoTheScale(int wherePrec, LocationPrecision expected) {
    assertThat(LocationPrecision.ofUcdp(wherePrec)).isEqualTo(expected);
  }

  @Test
  void acledPrecisionMapsOntoTheScaleAndOnlyPointsAnswer() {
    assertThat(LocationPrecision.ofAcled(3)).isEqualTo(LocationPrecision.PROVINCE);
    assertThat(LocationPrecision.ofAcled(2).locatesPoint()).isTrue();
    assertThat(LocationPrecision.DISTRICT.locatesPoint()).isFalse();
    assertThatThrownBy(() -> LocationPrecision.ofAcled(4)).hasMessageContaining("1, 2 or 3");
    assertThatThrownBy(() -> LocationPrecision.ofUcdp(0)).hasMessageContaining("1 to 7");
  }
}
