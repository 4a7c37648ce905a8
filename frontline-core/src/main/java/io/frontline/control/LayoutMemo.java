package io.frontline.control;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Envelope;

/**
 * What one control index build leaves for the next: the cells of the last build. The cells depend on the countries
 * and extent of the observed ground and on the configuration, not on the observations' dates or holders, so most
 * writes (new observations of places near those already observed) reuse them and only resolve the holdings again.
 * One memo serves one store (a server keeps it across revisions); it is safe to share between threads.
 */
public final class LayoutMemo {
  private record Key(
      ZoneConfig config, List<String> countries, Envelope extent, Set<Long> observed) {}

  private Key key;
  private List<Cells.Cell> cells;
  private int reused;

  /** The cells for this configuration, countries, extent and observed places, made again only when one changed. */
  List<Cells.Cell> cells(
      ZoneConfig config,
      List<String> countries,
      Envelope extent,
      Set<Long> observed,
      Supplier<List<Cells.Cell>> make) {
    Key wanted =
        new Key(config, List.copyOf(countries), new Envelope(extent), Set.copyOf(observed));
    synchronized (this) {
      if (wanted.equals(key)) {
        reused++;
        return cells;
      }
    }
    List<Cells.Cell> made = List.copyOf(make.get());
    synchronized (this) {
      key = wanted;
      cells = made;
    }
    return made;
  }

  /** How many builds reused the cells (for tests and the log). */
  public synchronized int reused() {
    return reused;
  }
}
