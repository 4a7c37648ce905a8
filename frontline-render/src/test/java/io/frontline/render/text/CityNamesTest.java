package io.frontline.render.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.frontline.bundled.BundledGazetteer;
import io.frontline.gazetteer.Place;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** No label is invented: each is one of the place's own GeoNames names, at the place's GeoNames position. */
class CityNamesTest {
  @Test
  void everyLabelIsAGeoNamesNameOfThatPlace() {
    Map<Long, Place> gazetteer = BundledGazetteer.places().stream()
        .collect(Collectors.toMap(Place::id, Function.identity(), (a, b) -> a));
    assertThat(CityNames.all()).hasSizeGreaterThan(50);
    for (CityNames.City c : CityNames.all()) {
      Place p = gazetteer.get(c.geonameId());
      assertThat(p).as("GeoNames %d", c.geonameId()).isNotNull();
      Set<String> names = new HashSet<>(p.alternateNames());
      names.add(p.name());
      for (MapLanguage l : MapLanguage.values()) {
        assertThat(names).as("%s label of %s", l.code(), p.name()).contains(c.label(l));
      }
      assertThat(c.lat()).isCloseTo(p.lat(), within(1e-4));
      assertThat(c.lon()).isCloseTo(p.lon(), within(1e-4));
    }
  }

  @Test
  void theNamesANewspaperUses() {
    CityNames.City mosul = CityNames.find(99072).orElseThrow();
    assertThat(mosul.label(MapLanguage.NL)).isEqualTo("Mosoel");
    assertThat(mosul.label(MapLanguage.AR)).isEqualTo("الموصل");
    assertThat(CityNames.find(98182).orElseThrow().label(MapLanguage.NL)).isEqualTo("Bagdad");
    assertThat(CityNames.all().get(0).capital()).isTrue();
  }

  @Test
  void aPlaceLabelPrefersTheCuratedNameThenTheGazetteerName() {
    Place baghdad = new Place(
        98182, "Baghdad", null, Map.of("fr", "Bagdâd"), 33.34, 44.4, "P", "PPLC", "IQ", "", 1);
    assertThat(CityNames.label(baghdad, "ar")).isEqualTo("بغداد");
    assertThat(CityNames.label(baghdad, "fr")).isEqualTo("Bagdad");
    Place village = new Place(
        1, "Tell Abyad", null, Map.of("ar", "تل أبيض"), 36.7, 38.95, "P", "PPL", "SY", "", 1);
    assertThat(CityNames.label(village, "ar")).isEqualTo("تل أبيض");
    assertThat(CityNames.label(village, "nl")).isEqualTo("Tell Abyad");
    assertThat(CityNames.label(village, "tr")).isEqualTo("Tell Abyad");
  }
}
