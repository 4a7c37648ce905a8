package io.frontline.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.formats.geojson.GeoJsonCodec;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** GeoJSON features and collections (RFC 7946) as JSON trees; coordinates rounded to 6 decimals (about 10 cm). */
public final class Features {
  public static final int DECIMALS = 6;

  private Features() {}

  public static ObjectNode feature(String id, Geometry geometry, ObjectNode properties) {
    ObjectNode f = ServerJson.object();
    f.put("type", "Feature");
    f.put("id", id);
    f.set("geometry", geometry == null ? null : GeoJsonCodec.write(geometry, DECIMALS));
    f.set("properties", properties);
    return f;
  }

  /** A FeatureCollection; extra top-level members go first, then the bbox of all features, then the features. */
  public static ObjectNode collection(
      List<ObjectNode> features, List<Geometry> geometries, ObjectNode extras) {
    ObjectNode c = ServerJson.object();
    c.put("type", "FeatureCollection");
    if (extras != null) {
      c.setAll(extras);
    }
    Envelope all = new Envelope();
    geometries.forEach(g -> all.expandToInclude(g.getEnvelopeInternal()));
    if (!all.isNull()) {
      c.set("bbox", bbox(all));
    }
    ArrayNode array = c.putArray("features");
    features.forEach(array::add);
    return c;
  }

  public static ArrayNode bbox(Envelope e) {
    return ServerJson.MAPPER
        .createArrayNode()
        .add(e.getMinX())
        .add(e.getMinY())
        .add(e.getMaxX())
        .add(e.getMaxY());
  }
}
