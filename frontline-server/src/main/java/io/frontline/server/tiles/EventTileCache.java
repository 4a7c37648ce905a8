package io.frontline.server.tiles;

import io.frontline.events.GroundOp;
import io.frontline.server.engine.Lru;
import io.frontline.server.engine.Snapshot;
import java.util.List;

/**
 * The caches behind the events' tiles: per snapshot and event count, the events' index with whose ground each was on
 * (built once: reading the events and the ground of 50,000 events takes about a second); per window, filter and
 * zoom, the layers; per tile, its bytes. Importing events leaves the store's revision as it is, so the event count is
 * part of every key; it is read from the store at most once every {@link #COUNT_TTL_MILLIS} ms per snapshot.
 */
final class EventTileCache {
  static final long COUNT_TTL_MILLIS = 1000;
  private final Lru<String, EventTiles.Index> indexes = new Lru<>(4);
  private final Lru<String, List<TileLayer>> layers = new Lru<>(64);
  private final Lru<String, byte[]> tiles = new Lru<>(8192);
  private final Lru<String, long[]> counts = new Lru<>(16);

  /** The snapshot's tag with the store's event count: what the events' tiles depend on. */
  String tag(Snapshot s) {
    long[] c = counts.get(s.key().tag(), k -> new long[] {-1, 0});
    long now = System.currentTimeMillis();
    synchronized (c) {
      if (c[0] < 0 || now - c[1] > COUNT_TTL_MILLIS) {
        c[0] = s.store().eventCount();
        c[1] = now;
      }
      return s.key().tag() + "|events:" + c[0];
    }
  }

  /** Builds the events' index of the snapshot ahead of the first tile, when the store has events. */
  void warm(Snapshot s) {
    String tag = tag(s);
    if (!tag.endsWith("|events:0")) {
      index(s, tag);
    }
  }

  private EventTiles.Index index(Snapshot s, String tag) {
    return indexes.get(tag, t -> EventTiles.Index.of(s.store(), new GroundOp(s.index())));
  }

  byte[] tile(Snapshot s, String tag, EventTiles.Filter filter, TileKey key) {
    String layersKey = tag + "|" + filter.key() + "|" + EventTiles.layerZoom(key.z());
    return tiles.get(
        layersKey + "|" + key,
        k -> TileEncoder.encode(
            key, layers.get(layersKey, x -> EventTiles.layers(index(s, tag), filter, key.z()))));
  }
}
