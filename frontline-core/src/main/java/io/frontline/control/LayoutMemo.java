package io.frontline.control;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Geometry;

/**
 * What one control index build leaves for the next: the zones of the last set of observed places and the
 * {@link Layout} of the last set of footprints. Most writes add observations of places already observed; the next
 * index then reuses the geometry work (zones, noding, settlements) and only gathers the candidates again. One memo
 * serves one store (a server keeps it across revisions); it is safe to share between threads.
 */
public final class LayoutMemo {
  private record ZoneEntry(ZoneConfig config, List<Long> placeIds, Map<Long, Geometry> zones) {
  }

  private ZoneEntry zones;
  private Layout layout;
  private int reused;

  /** The zones of these observed places (in this order) with this configuration, made again only when they changed. */
  Map<Long, Geometry> zones(ZoneConfig config, List<Long> placeIds, Supplier<Map<Long, Geometry>> make) {
    synchronized (this) {
      if (zones != null && zones.config().equals(config) && zones.placeIds().equals(placeIds)) {
        return zones.zones();
      }
    }
    Map<Long, Geometry> made = make.get();
    synchronized (this) {
      zones = new ZoneEntry(config, List.copyOf(placeIds), made);
    }
    return made;
  }

  /** The layout of these footprints, made again only when a footprint was added, removed or changed its shape. */
  Layout layout(List<Footprint> footprints, Supplier<Layout> make) {
    synchronized (this) {
      if (layout != null && layout.fits(footprints)) {
        reused++;
        return layout;
      }
    }
    Layout made = make.get();
    synchronized (this) {
      layout = made;
    }
    return made;
  }

  /** How many builds reused a layout (for tests and the log). */
  public synchronized int reused() {
    return reused;
  }
}
