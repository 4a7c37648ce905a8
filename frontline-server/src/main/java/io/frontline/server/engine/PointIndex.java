package io.frontline.server.engine;

import io.frontline.control.Atom;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds the atom under a point: an STR-tree over the atoms' envelopes and an indexed point-in-area test per atom, so
 * a point query costs microseconds. Atoms do not overlap, so at most one contains a point (boundary points go to the
 * first found).
 */
public final class PointIndex {
  private final STRtree tree = new STRtree();
  private final List<Entry> entries;

  PointIndex(List<Atom> atoms) {
    entries = atoms.stream()
        .map(a -> new Entry(a, new IndexedPointInAreaLocator(a.geometry())))
        .toList();
    entries.forEach(e -> tree.insert(e.atom().geometry().getEnvelopeInternal(), e));
    tree.build();
  }

  /**
   * Builds every atom's point-in-area index now (each is otherwise built by its first query): done while the server
   * warms up, the index is long-lived data made early, not in the middle of serving.
   */
  public PointIndex warm() {
    entries.forEach(
        e -> e.locator().locate(e.atom().geometry().getEnvelopeInternal().centre()));
    return this;
  }

  public Optional<Atom> atomAt(double lon, double lat) {
    Coordinate c = new Coordinate(lon, lat);
    for (Object o : tree.query(new Envelope(c))) {
      Entry e = (Entry) o;
      if (e.locator().locate(c) != Location.EXTERIOR) {
        return Optional.of(e.atom());
      }
    }
    return Optional.empty();
  }

  private record Entry(Atom atom, IndexedPointInAreaLocator locator) {}
}
