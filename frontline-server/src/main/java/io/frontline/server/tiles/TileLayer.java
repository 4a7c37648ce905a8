package io.frontline.server.tiles;

import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One layer's features in lon/lat, indexed for tile queries: an STR-tree over their envelopes. Immutable once built.
 */
public final class TileLayer {
  private final String name;
  private final STRtree tree = new STRtree();
  private final int size;

  /** A feature: its geometry and the attributes a tile carries. */
  public record Item(Geometry geometry, Map<String, Object> attributes) {
  }

  public TileLayer(String name, List<Item> items) {
    this.name = name;
    this.size = items.size();
    for (Item item : items) {
      if (item.geometry() != null && !item.geometry().isEmpty()) {
        tree.insert(item.geometry().getEnvelopeInternal(), item);
      }
    }
    tree.build();
  }

  public String name() {
    return name;
  }

  public int size() {
    return size;
  }

  @SuppressWarnings("unchecked")
  public List<Item> query(Envelope envelope) {
    return (List<Item>) tree.query(envelope);
  }
}
