package io.frontline.testing;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;

/** A gazetteer held in memory, for tests. */
public final class MemoryGazetteer implements Gazetteer {
  private final Map<Long, Place> places = new LinkedHashMap<>();

  public MemoryGazetteer(List<Place> places) {
    places.forEach(p -> this.places.put(p.id(), p));
  }

  public static Place place(
      long id, String name, double lat, double lon, long population, String country) {
    return new Place(id, name, List.of(), Map.of(), lat, lon, "P", "PPL", country, "", population);
  }

  @Override
  public Optional<Place> findPlace(long id) {
    return Optional.ofNullable(places.get(id));
  }

  @Override
  public List<Place> search(String query, int limit) {
    String key = NameKey.of(query);
    return places.values().stream()
        .filter(p -> Stream.concat(Stream.of(p.name()), p.alternateNames().stream())
            .map(NameKey::of)
            .anyMatch(k -> k.equals(key)))
        .sorted(Comparator.comparingLong(Place::population).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<Place> placesWithin(Envelope lonLat) {
    return places.values().stream()
        .filter(p -> lonLat.contains(p.lon(), p.lat()))
        .toList();
  }
}
