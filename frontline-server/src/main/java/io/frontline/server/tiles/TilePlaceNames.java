package io.frontline.server.tiles;

import io.frontline.gazetteer.Place;
import io.frontline.render.text.CityNames;
import java.util.Map;

/**
 * A place's names on a tile: {@code name}, and {@code name_<lang>} for each of {@link BasemapTiles#LANGUAGES} where
 * the map label in that language ({@link CityNames#label}) differs from {@code name}, so tiles stay small; and for
 * the cities maps always label, {@code label_rank} (1 drawn first), so a city's label wins over its suburbs'.
 */
final class TilePlaceNames {
  private TilePlaceNames() {}

  static void put(Map<String, Object> attributes, Place place) {
    attributes.put("name", place.name());
    for (String lang : BasemapTiles.LANGUAGES) {
      String label = CityNames.label(place, lang);
      if (!label.equals(place.name())) {
        attributes.put("name_" + lang, label);
      }
    }
    CityNames.find(place.id()).ifPresent(c -> attributes.put("label_rank", c.rank()));
  }
}
