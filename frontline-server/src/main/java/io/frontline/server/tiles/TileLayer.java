package io.frontline.server.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * One layer's features, indexed for tile queries: an STR-tree over their lon/lat envelopes, each feature's geometry
 * projected once to Web Mercator ({@link WorldShape}) and its attributes without nulls (tiles carry none). Immutable
 * once built.
 */
public final class TileLayer {
  private final String name;
  private final STRtree tree = new STRtree();
  private final int size;

  /** A feature: its geometry in lon/lat and the attributes a tile carries. */
  public record Item(Geometry geometry, Map<String, Object> attributes) {}

  /** A feature ready for tiles. */
  record Entry(WorldShape shape, Map<String, Object> attributes) {}

  public TileLayer(String name, List<Item> items) {
    this.name = name;
    this.size = items.size();
    for (Item item : items) {
      if (item.geometry() != null && !item.geometry().isEmpty()) {
        tree.insert(
            item.geometry().getEnvelopeInternal(),
            new Entry(WorldShape.of(item.geometry()), clean(item.attributes())));
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
  List<Entry> query(Envelope envelope) {
    return (List<Entry>) tree.query(envelope);
  }

  private static Map<String, Object> clean(Map<String, Object> attributes) {
    Map<String, Object> out = new LinkedHashMap<>();
    attributes.forEach((k, v) -> {
      if (v != null) {
        out.put(k, v);
      }
    });
    return out;
  }
}
