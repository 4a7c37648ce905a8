package io.frontline.cli;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * A gazetteer that answers lookups by id from places it already knows and notes every place it looks up in the
 * store, so that an index cache entry can carry the places its build read. Searches go to the store.
 */
final class NotedPlaces implements Gazetteer {
  private final Gazetteer store;
  private final Map<Long, Place> known = new LinkedHashMap<>();

  NotedPlaces(Gazetteer store, List<Place> known) {
    this.store = store;
    known.forEach(p -> this.known.put(p.id(), p));
  }

  @Override
  public Optional<Place> findPlace(long id) {
    Place place = known.get(id);
    if (place != null) {
      return Optional.of(place);
    }
    Optional<Place> found = store.findPlace(id);
    found.ifPresent(p -> known.put(id, p));
    return found;
  }

  @Override
  public List<Place> search(String query, int limit) {
    return store.search(query, limit);
  }

  @Override
  public List<Place> placesWithin(Envelope lonLat) {
    return store.placesWithin(lonLat);
  }

  List<Place> noted() {
    return List.copyOf(known.values());
  }
}
