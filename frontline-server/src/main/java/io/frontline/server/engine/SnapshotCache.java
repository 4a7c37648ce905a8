package io.frontline.server.engine;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.LayoutMemo;
import io.frontline.control.ZoneConfig;
import io.frontline.timeline.RecordTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Control indexes built once per {@link SnapshotKey} and kept for the few most recent keys. Concurrent requests for a
 * key being built wait for that one build. A write changes the revision and so the key: old snapshots age out.
 */
public final class SnapshotCache {
  private static final Logger LOG = LoggerFactory.getLogger(SnapshotCache.class);
  private final StoreGate gate;
  private final Basemap basemap;
  private final int capacity;
  /** Zones and arrangement kept from build to build: a write that only adds observations rebuilds no geometry. */
  private final LayoutMemo layouts = new LayoutMemo();

  private volatile io.frontline.gazetteer.PopulationEstimate population;
  private final Map<SnapshotKey, CompletableFuture<Snapshot>> snapshots =
      new LinkedHashMap<>(8, 0.75f, true);

  public SnapshotCache(StoreGate gate, Basemap basemap, int capacity) {
    this.gate = gate;
    this.basemap = basemap;
    this.capacity = capacity;
  }

  /** The snapshot of the store as it is now (or as recorded at {@code asOf}) with zones of {@code radius_km}. */
  public Snapshot get(RecordTime asOf, double radius_km) {
    return get(new SnapshotKey(gate.revision(), asOf, radius_km));
  }

  /** Builds the snapshot of a revision not yet published (or waits for it), so the first read finds it ready. */
  public void prepare(long revision, RecordTime asOf, double radius_km) {
    get(new SnapshotKey(revision, asOf, radius_km));
  }

  /** Whether the snapshot of a key is built (for tests and logs). */
  public boolean ready(SnapshotKey key) {
    synchronized (snapshots) {
      CompletableFuture<Snapshot> f = snapshots.get(key);
      return f != null && f.isDone() && !f.isCompletedExceptionally();
    }
  }

  private Snapshot get(SnapshotKey key) {
    CompletableFuture<Snapshot> future;
    boolean mine = false;
    synchronized (snapshots) {
      future = snapshots.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        snapshots.put(key, future);
        mine = true;
        evict();
      }
    }
    if (mine) {
      build(key, future);
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }

  private void build(SnapshotKey key, CompletableFuture<Snapshot> future) {
    long started = System.nanoTime();
    try {
      ZoneConfig zones = ZoneConfig.DEFAULT.withRadius(key.radius_km());
      var store = gate.store();
      ControlIndex index = new ControlIndexBuilder(
              store, basemap, zones, layouts, population(store))
          .build(store.observations(key.asOf()));
      future.complete(new Snapshot(key, store, index, new Actors(store.actors()), basemap));
      LOG.info(
          "built the control index for revision {} as of {} ({} km zones): {} atoms, {} sites in {} ms",
          key.revision(),
          key.asOf(),
          key.radius_km(),
          index.atoms().size(),
          index.sites().size(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      synchronized (snapshots) {
        snapshots.remove(key);
      }
      future.completeExceptionally(e);
    }
  }

  /** The population estimate of the store's gazetteer, made once. */
  private io.frontline.gazetteer.PopulationEstimate population(
      io.frontline.gazetteer.Gazetteer gazetteer) {
    var made = population;
    if (made == null) {
      made = io.frontline.bundled.BundledPopulation.of(gazetteer);
      population = made;
    }
    return made;
  }

  private void evict() {
    var it = snapshots.entrySet().iterator();
    while (snapshots.size() > capacity && it.hasNext()) {
      it.next();
      it.remove();
    }
  }
}
