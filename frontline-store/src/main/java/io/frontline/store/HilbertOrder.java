package io.frontline.store;

import io.frontline.events.Event;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Events sorted along a Hilbert curve over their points' extent (a 65,536 x 65,536 grid), for spatial inserts. */
final class HilbertOrder {
  private static final int ORDER = 16;

  private HilbertOrder() {}

  static List<Event> sorted(List<Event> events) {
    if (events.size() < 2) {
      return events;
    }
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Event e : events) {
      minX = Math.min(minX, e.lon());
      minY = Math.min(minY, e.lat());
      maxX = Math.max(maxX, e.lon());
      maxY = Math.max(maxY, e.lat());
    }
    double side = (1 << ORDER) - 1;
    double sx = maxX > minX ? side / (maxX - minX) : 0;
    double sy = maxY > minY ? side / (maxY - minY) : 0;
    long[] keys = new long[events.size()];
    Integer[] order = new Integer[events.size()];
    for (int i = 0; i < keys.length; i++) {
      Event e = events.get(i);
      keys[i] = index((int) ((e.lon() - minX) * sx), (int) ((e.lat() - minY) * sy));
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
    return Arrays.stream(order).map(events::get).toList();
  }

  /** The distance along the Hilbert curve of cell (x, y). */
  static long index(int x, int y) {
    long d = 0;
    for (int s = 1 << (ORDER - 1); s > 0; s >>= 1) {
      int rx = (x & s) > 0 ? 1 : 0;
      int ry = (y & s) > 0 ? 1 : 0;
      d += (long) s * s * ((3 * rx) ^ ry);
      if (ry == 0) {
        if (rx == 1) {
          x = s - 1 - x;
          y = s - 1 - y;
        }
        int t = x;
        x = y;
        y = t;
      }
    }
    return d;
  }
}
