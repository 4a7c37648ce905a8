package io.frontline.server.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A small thread-safe least-recently-used cache; values are computed outside the lock. */
public final class Lru<K, V> {
  private final Map<K, V> map;

  public Lru(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("cache capacity must be >= 1, was " + capacity);
    }
    this.map = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }

  public V get(K key, Function<K, V> compute) {
    synchronized (map) {
      V cached = map.get(key);
      if (cached != null) {
        return cached;
      }
    }
    V value = compute.apply(key);
    synchronized (map) {
      map.put(key, value);
    }
    return value;
  }
}
