package io.frontline.cli;

import io.frontline.basemap.Basemap;
import io.frontline.bundled.BundledPopulation;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.LayoutMemo;
import io.frontline.control.ZoneConfig;
import io.frontline.observations.Observation;
import io.frontline.store.GeoPackageStore;
import io.frontline.store.IndexCache;
import io.frontline.timeline.RecordTime;
import java.util.List;
import java.util.Optional;

/**
 * Gets the control index of a store for one command: from the store's {@link IndexCache} when an entry under the
 * current key exists, else built from the store and then kept in the cache, unless the store changed between the key
 * and the end of the build (then the next command builds again). {@code FRONTLINE_INDEX_CACHE=off} (or the system property {@code frontline.indexCache})
 * turns the cache off.
 */
final class IndexLoad {
  private final GeoPackageStore store;
  private final RecordTime asOf;
  private final ZoneConfig zones;
  private final Basemap basemap;

  IndexLoad(GeoPackageStore store, RecordTime asOf, ZoneConfig zones, Basemap basemap) {
    this.store = store;
    this.asOf = asOf;
    this.zones = zones;
    this.basemap = basemap;
  }

  static boolean enabled() {
    String setting =
        System.getProperty("frontline.indexCache", System.getenv("FRONTLINE_INDEX_CACHE"));
    return !"off".equalsIgnoreCase(setting);
  }

  ControlIndex index() {
    if (!enabled()) {
      return build();
    }
    IndexCache cache = IndexCache.beside(store.file());
    Optional<String> key = key();
    Optional<ControlIndex> hit = key.flatMap(cache::load);
    if (hit.isPresent()) {
      return hit.get();
    }
    ControlIndex index = build();
    if (key.isPresent() && key.equals(key())) {
      cache.save(key.get(), index);
    }
    return index;
  }

  private Optional<String> key() {
    return IndexCache.key(store, asOf, zones, EngineBuild.id());
  }

  private ControlIndex build() {
    List<Observation> observations = store.observations(asOf);
    ControlIndex[] built = new ControlIndex[1];
    Progress.run(
        "Building the control map from " + observations.size() + " observations",
        () -> built[0] = new ControlIndexBuilder(
                store, basemap, zones, new LayoutMemo(), BundledPopulation.of(store))
            .build(observations));
    return built[0];
  }
}
