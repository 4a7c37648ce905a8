package io.frontline.imports;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Envelope;

/** A tiny in-memory gazetteer of real GeoNames places, for import tests. */
final class TestGazetteer implements Gazetteer {
  static final Place MOSUL = new Place(
      99072,
      "Mosul",
      List.of("Mosoel", "Mossoul", "الموصل"),
      Map.of(),
      36.335,
      43.11889,
      "P",
      "PPLA",
      "IQ",
      "15",
      1_739_800);
  static final Place RAQQA = new Place(
      172955,
      "Ar Raqqah",
      List.of("Raqqa", "Rakka", "الرقة"),
      Map.of(),
      35.95283,
      39.00788,
      "P",
      "PPLA",
      "SY",
      "04",
      177_636);
  static final Place PALMYRA = new Place(
      163808,
      "Tadmur",
      List.of("Palmyra", "Palmyre", "تدمر"),
      Map.of(),
      34.56240,
      38.28402,
      "P",
      "PPLA2",
      "SY",
      "11",
      51_015);
  static final Place SURAN_ALEPPO = new Place(
      163913,
      "Şūrān",
      List.of("Suran", "Sawran"),
      Map.of(),
      36.56579,
      37.2127,
      "P",
      "PPLA3",
      "SY",
      "09",
      0);
  static final Place SURAN_HAMA = new Place(
      163915,
      "Şūrān",
      List.of("Suran", "Souran"),
      Map.of(),
      35.29193,
      36.74848,
      "P",
      "PPLA3",
      "SY",
      "10",
      30_716);

  private final List<Place> places;

  TestGazetteer(List<Place> places) {
    this.places = List.copyOf(places);
  }

  static TestGazetteer standard() {
    return new TestGazetteer(List.of(MOSUL, RAQQA, PALMYRA, SURAN_ALEPPO, SURAN_HAMA));
  }

  @Override
  public Optional<Place> findPlace(long id) {
    return places.stream().filter(p -> p.id() == id).findFirst();
  }

  @Override
  public List<Place> search(String query, int limit) {
    String key = NameKey.of(query);
    List<Place> exact = new ArrayList<>();
    List<Place> prefix = new ArrayList<>();
    for (Place place : places) {
      List<String> keys = Stream.concat(Stream.of(place.name()), place.alternateNames().stream())
          .map(NameKey::of)
          .toList();
      if (keys.contains(key)) {
        exact.add(place);
      } else if (keys.stream().anyMatch(k -> k.startsWith(key))) {
        prefix.add(place);
      }
    }
    exact.sort(Comparator.comparingLong(Place::population).reversed());
    exact.addAll(prefix);
    return exact.stream().limit(limit).toList();
  }

  @Override
  public List<Place> placesWithin(Envelope lonLat) {
    return places.stream().filter(p -> lonLat.contains(p.lon(), p.lat())).toList();
  }
}
