package io.frontline.bundled;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.gazetteer.GazetteerStore;
import io.frontline.gazetteer.Place;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

/** The world gazetteer: every GeoNames cities500 place, the region's rows unchanged, loaded in batches. */
class BundledGazetteerTest {
  static final Path WORLD_FILE =
      Path.of("src", "main", "resources", "frontline", "gazetteer", "geonames-world.txt.gz");
  static Collector store;
  static BundledGazetteer.Loaded loaded;

  @BeforeAll
  static void load() {
    store = new Collector();
    loaded = BundledGazetteer.loadWorld(store);
  }

  @Test
  void holdsEveryCountryInBatchesOfOneTransactionEach() {
    long supplement =
        BundledGazetteer.places().stream().filter(p -> p.id() > 1_000_000_000L).count();
    assertThat(loaded.places()).isEqualTo(199_568 + supplement).isEqualTo(store.byId.size());
    assertThat(loaded.countries()).isEqualTo(246);
    assertThat(store.batches).hasSize(4).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(50_000));
  }

  @Test
  void keepsTheRegionsPlacesAsTheyAreAndTheSupplement() {
    for (Place region : BundledGazetteer.places()) {
      assertThat(store.byId.get(region.id())).as("place %d", region.id()).isEqualTo(region);
    }
  }

  @Test
  void placesOfOtherWarsHaveNamesInSeveralScripts() {
    Place khartoum = store.byId.get(379252L);
    assertThat(khartoum.name()).isEqualTo("Khartoum");
    assertThat(khartoum.country()).isEqualTo("SD");
    assertThat(khartoum.population()).isEqualTo(1_974_647);
    assertThat(khartoum.alternateNames()).contains("Al Khartum", "Хартум", "خرطوم");
    assertThat(store.byId.get(706483L).alternateNames()).contains("Charkiw", "Харків");
    assertThat(store.byId.get(379555L).alternateNames()).contains("Al Fashir");
  }

  @Test
  void theFileStaysSmallEnoughForTheRepository() throws Exception {
    assertThat(Files.size(WORLD_FILE)).isLessThan(12L * 1024 * 1024);
  }

  /** A gazetteer store that keeps what is put, and the size of every put. */
  static final class Collector implements GazetteerStore {
    final Map<Long, Place> byId = new HashMap<>();
    final List<Integer> batches = new ArrayList<>();

    @Override
    public void putPlaces(Collection<Place> places) {
      batches.add(places.size());
      places.forEach(p -> byId.put(p.id(), p));
    }

    @Override
    public long placeCount() {
      return byId.size();
    }

    @Override
    public Optional<Place> findPlace(long id) {
      return Optional.ofNullable(byId.get(id));
    }

    @Override
    public List<Place> search(String query, int limit) {
      return List.of();
    }

    @Override
    public List<Place> placesWithin(Envelope lonLat) {
      return List.of();
    }
  }
}
