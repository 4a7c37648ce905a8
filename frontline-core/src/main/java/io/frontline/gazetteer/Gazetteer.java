package io.frontline.gazetteer;

import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/** Read access to places. */
public interface Gazetteer {
  Optional<Place> findPlace(long id);

  /** Places whose name or any alternate name matches the query (by {@link NameKey}), exact matches first, then prefix. */
  List<Place> search(String query, int limit);

  /** Places whose coordinates fall inside the envelope (lon/lat). */
  List<Place> placesWithin(Envelope lonLat);

  default Place getPlace(long id) {
    return findPlace(id)
        .orElseThrow(() -> new IllegalArgumentException("no place with GeoNames id " + id));
  }

  /** A GeoNames id, or the best match for a name (most populous among exact matches). */
  default Place resolve(String idOrName) {
    String text = idOrName == null ? "" : idOrName.strip();
    if (text.matches("\\d{1,12}")) {
      return getPlace(Long.parseLong(text));
    }
    return search(text, 1).stream()
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("no place named '" + text + "' in the gazetteer"));
  }
}
