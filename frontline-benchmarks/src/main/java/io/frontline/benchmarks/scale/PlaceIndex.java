package io.frontline.benchmarks.scale;

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
import org.locationtech.jts.index.strtree.STRtree;

/** A read-only gazetteer held in memory over a fixed list of places, indexed for envelope queries. */
public final class PlaceIndex implements Gazetteer {
  private final Map<Long, Place> byId = new LinkedHashMap<>();
  private final STRtree tree = new STRtree();

  public PlaceIndex(List<Place> places) {
    for (Place p : places) {
      byId.put(p.id(), p);
      tree.insert(new Envelope(p.lon(), p.lon(), p.lat(), p.lat()), p);
    }
    tree.build();
  }

  @Override
  public Optional<Place> findPlace(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public List<Place> search(String query, int limit) {
    String key = NameKey.of(query);
    return byId.values().stream()
        .filter(p -> Stream.concat(Stream.of(p.name()), p.alternateNames().stream())
            .map(NameKey::of)
            .anyMatch(key::equals))
        .sorted(Comparator.comparingLong(Place::population).reversed())
        .limit(limit)
        .toList();
  }

  @Override
  public List<Place> placesWithin(Envelope lonLat) {
    @SuppressWarnings("unchecked")
    List<Place> hits = tree.query(lonLat);
    return hits.stream()
        .filter(p -> lonLat.contains(p.lon(), p.lat()))
        .sorted(Comparator.comparingLong(Place::id))
        .toList();
  }
}
