package io.frontline.render.map;

import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.render.geo.Viewport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Projected shapes kept between renders of the same viewport: the basemap layers, and the atoms of a control index
 * (compared by identity, as an index is immutable). A few viewports are kept, least recently used dropped first, so
 * the panels of one map, the frames of an animation and repeated renders in one process project each shape once.
 */
public final class ShapeCache {
  private static final ShapeCache SHARED = new ShapeCache(6);
  private final Map<Viewport, BasemapShapes> basemaps;
  private final Map<Key, ControlShapes> controls;

  private record Key(ControlIndex index, Viewport viewport) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.index == index && k.viewport.equals(viewport);
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(index) * 31 + viewport.hashCode();
    }
  }

  public ShapeCache(int capacity) {
    this.basemaps = lru(capacity);
    this.controls = lru(capacity);
  }

  public static ShapeCache shared() {
    return SHARED;
  }

  public synchronized BasemapShapes basemap(Viewport viewport) {
    return basemaps.computeIfAbsent(
        viewport, v -> BasemapShapes.of(v, NaturalEarthBasemap.shared()));
  }

  public synchronized ControlShapes control(ControlIndex index, Viewport viewport) {
    return controls.computeIfAbsent(new Key(index, viewport), k -> new ControlShapes(viewport));
  }

  private static <K, V> Map<K, V> lru(int capacity) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
      }
    };
  }
}
