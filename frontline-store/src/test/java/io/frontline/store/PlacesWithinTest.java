package io.frontline.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.contract.MutableClock;
import io.frontline.gazetteer.Place;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

/** Differential test: the R-tree backed envelope query against a plain filter, on seeded random places. */
class PlacesWithinTest {
  @TempDir
  Path dir;

  @Test
  void placesWithinAgreesWithAPlainFilter() {
    long seed = System.nanoTime();
    System.out.println("PlacesWithinTest seed " + seed);
    Random random = new Random(seed);
    List<Place> places = new ArrayList<>();
    for (int id = 1; id <= 3000; id++) {
      places.add(new Place(
          id,
          "p" + id,
          List.of(),
          Map.of(),
          coordinate(random, 90),
          coordinate(random, 180),
          "P",
          "PPL",
          "",
          "",
          0));
    }
    try (GeoPackageStore store =
        GeoPackageStore.open(dir.resolve("within.gpkg"), new MutableClock(Instant.EPOCH))) {
      store.putPlaces(places);
      for (int i = 0; i < 300; i++) {
        Envelope box = i % 3 == 0
            ? edgesOn(places.get(random.nextInt(places.size())), random)
            : new Envelope(
                coordinate(random, 180),
                coordinate(random, 180),
                coordinate(random, 90),
                coordinate(random, 90));
        assertThat(store.placesWithin(box))
            .as("seed %d, box %s", seed, box)
            .containsExactlyElementsOf(
                places.stream().filter(p -> box.contains(p.lon(), p.lat())).toList());
      }
    }
  }

  /**
   * Mostly values that single-precision floats cannot hold, some on a whole-degree grid. Never -0.0: SQLite stores
   * a REAL -0.0 as 0, so it reads back as 0.0.
   */
  private static double coordinate(Random random, double limit) {
    double value = (random.nextDouble() * 2 - 1) * limit;
    return (random.nextInt(10) == 0 ? Math.rint(value) : value) + 0.0;
  }

  /** A small box with an edge exactly on a place's coordinates. */
  private static Envelope edgesOn(Place place, Random random) {
    double size = random.nextDouble();
    return random.nextBoolean()
        ? new Envelope(place.lon(), place.lon() + size, place.lat() - size, place.lat())
        : new Envelope(place.lon() - size, place.lon(), place.lat(), place.lat() + size);
  }
}
