package io.frontline.server.tiles;

import io.frontline.gazetteer.Place;
import io.frontline.render.text.CityNames;
import java.util.Map;

/**
 * A place's names on a tile: {@code name}, and {@code name_<lang>} for each of {@link BasemapTiles#LANGUAGES} where
 * the map label in that language ({@link CityNames#label}) differs from {@code name}, so tiles stay small.
 */
final class PlaceNames {
  private PlaceNames() {
  }

  static void put(Map<String, Object> attributes, Place place) {
    attributes.put("name", place.name());
    for (String lang : BasemapTiles.LANGUAGES) {
      String label = CityNames.label(place, lang);
      if (!label.equals(place.name())) {
        attributes.put("name_" + lang, label);
      }
    }
  }
}
