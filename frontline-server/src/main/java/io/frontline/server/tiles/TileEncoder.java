package io.frontline.server.tiles;

import io.tileverse.vectortile.mvt.LayerBuilder;
import io.tileverse.vectortile.mvt.VectorTileBuilder;
import io.tileverse.vectortile.mvt.VectorTileCodec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** Encodes the features of some layers that fall in a tile as a Mapbox Vector Tile (tileverse-vectortiles). */
public final class TileEncoder {
  private static final VectorTileCodec CODEC = new VectorTileCodec();

  private TileEncoder() {
  }

  public static byte[] encode(TileKey key, List<TileLayer> layers) {
    VectorTileBuilder tile = new VectorTileBuilder().setExtent(TileKey.EXTENT).setClipBuffer(TileKey.BUFFER)
        .setSimplificationDistanceTolerance(0.5);
    Envelope area = key.envelope();
    for (TileLayer layer : layers) {
      List<TileLayer.Item> items = layer.query(area);
      if (items.isEmpty()) {
        continue;
      }
      LayerBuilder builder = tile.layer().name(layer.name());
      for (TileLayer.Item item : items) {
        if (item.geometry().getEnvelopeInternal().intersects(area)) {
          Geometry pixels = key.project(item.geometry());
          builder.feature(clean(item.attributes()), pixels);
        }
      }
      builder.build();
    }
    return CODEC.encode(tile.build());
  }

  /** Tiles carry no nulls: absent attributes are left out. */
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
