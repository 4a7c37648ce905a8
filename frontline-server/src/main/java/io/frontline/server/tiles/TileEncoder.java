package io.frontline.server.tiles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * Encodes the features of some layers that fall in a tile as a Mapbox Vector Tile (version 2.1): geometries from
 * {@link TileGeometry}, attribute keys and values shared within each layer. Strings, booleans, whole numbers and
 * other numbers (as doubles) are carried; other attribute types as their text.
 */
public final class TileEncoder {
  private static final int TILE_LAYERS = 3;
  private static final int LAYER_NAME = 1;
  private static final int LAYER_FEATURES = 2;
  private static final int LAYER_KEYS = 3;
  private static final int LAYER_VALUES = 4;
  private static final int LAYER_EXTENT = 5;
  private static final int LAYER_VERSION = 15;
  private static final int FEATURE_TAGS = 2;
  private static final int FEATURE_TYPE = 3;
  private static final int FEATURE_GEOMETRY = 4;

  private TileEncoder() {}

  public static byte[] encode(TileKey key, List<TileLayer> layers) {
    Envelope area = key.envelope();
    TileGeometry geometry = new TileGeometry(key);
    Protobuf tile = new Protobuf();
    for (TileLayer layer : layers) {
      List<TileLayer.Entry> entries = layer.query(area);
      if (!entries.isEmpty()) {
        Protobuf encoded = layer(layer.name(), entries, geometry);
        if (encoded != null) {
          tile.message(TILE_LAYERS, encoded);
        }
      }
    }
    return tile.toByteArray();
  }

  /** A layer's message, or null when none of its features is left in the tile. */
  private static Protobuf layer(String name, List<TileLayer.Entry> entries, TileGeometry geometry) {
    Map<String, Integer> keys = new HashMap<>();
    Map<Object, Integer> values = new HashMap<>();
    List<String> keyList = new ArrayList<>();
    List<Object> valueList = new ArrayList<>();
    Protobuf out = new Protobuf();
    out.uint(LAYER_VERSION, 2);
    out.string(LAYER_NAME, name);
    int features = 0;
    for (TileLayer.Entry e : entries) {
      int[] commands = geometry.encode(e.shape());
      if (commands == null) {
        continue;
      }
      int[] tags = new int[e.attributes().size() * 2];
      int t = 0;
      for (Map.Entry<String, Object> a : e.attributes().entrySet()) {
        tags[t++] = keys.computeIfAbsent(a.getKey(), k -> add(keyList, k));
        tags[t++] = values.computeIfAbsent(value(a.getValue()), v -> add(valueList, v));
      }
      Protobuf feature = new Protobuf();
      feature.packed(FEATURE_TAGS, tags);
      feature.uint(FEATURE_TYPE, e.shape().kind().mvtType);
      feature.packed(FEATURE_GEOMETRY, commands);
      out.message(LAYER_FEATURES, feature);
      features++;
    }
    if (features == 0) {
      return null;
    }
    keyList.forEach(k -> out.string(LAYER_KEYS, k));
    valueList.forEach(v -> out.message(LAYER_VALUES, valueMessage(v)));
    out.uint(LAYER_EXTENT, TileKey.EXTENT);
    return out;
  }

  private static <T> int add(List<T> list, T item) {
    list.add(item);
    return list.size() - 1;
  }

  /** The value as the tile carries it: whole numbers as Long, other numbers as Double (so equal values share). */
  private static Object value(Object v) {
    if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return v instanceof Boolean || v instanceof String ? v : String.valueOf(v);
  }

  private static Protobuf valueMessage(Object v) {
    Protobuf m = new Protobuf();
    if (v instanceof String s) {
      m.string(1, s);
    } else if (v instanceof Double d) {
      m.fixedDouble(3, d);
    } else if (v instanceof Long l) {
      if (l >= 0) {
        m.uint(5, l);
      } else {
        m.sint(6, l);
      }
    } else {
      m.bool(7, (Boolean) v);
    }
    return m;
  }
}
