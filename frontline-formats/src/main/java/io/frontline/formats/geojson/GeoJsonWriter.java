package io.frontline.formats.geojson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Streams a GeoJSON FeatureCollection, one feature at a time, so an export never holds the whole document. Coordinates
 * are rounded to 7 decimals (about 1 cm). With {@code withBbox}, every feature gets a "bbox" and the collection gets
 * the bbox of them all, written after the features (member order does not matter in JSON). Property values may be
 * strings, numbers, booleans, null, lists and maps. {@link #close()} ends the document and flushes, but leaves the
 * output stream open: it belongs to the caller (a file, an HTTP response). Top-level members given to the constructor
 * (a date, a revision) go before the features; a feature may carry an id.
 */
public final class GeoJsonWriter implements Closeable {
  /** Decimal places of written coordinates. */
  public static final int DECIMALS = 7;

  private final JsonGenerator generator;
  private final boolean withBbox;
  private final Envelope bbox = new Envelope();
  private boolean closed;

  public GeoJsonWriter(OutputStream out, boolean withBbox) throws IOException {
    this(out, withBbox, Map.of());
  }

  /** A collection with extra top-level {@code members}, written in their order before the features. */
  public GeoJsonWriter(OutputStream out, boolean withBbox, Map<String, ?> members)
      throws IOException {
    this.generator = GeoJsonReader.MAPPER
        .getFactory()
        .createGenerator(out)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.withBbox = withBbox;
    generator.writeStartObject();
    generator.writeStringField("type", "FeatureCollection");
    for (Map.Entry<String, ?> member : members.entrySet()) {
      generator.writeFieldName(member.getKey());
      generator.writeObject(member.getValue());
    }
    generator.writeArrayFieldStart("features");
  }

  /** Writes one feature; a null geometry is written as {@code "geometry": null}. */
  public void write(Geometry geometry, Map<String, ?> properties) throws IOException {
    write(null, geometry, properties);
  }

  /** Writes one feature with an {@code id} (none when null). */
  public void write(String id, Geometry geometry, Map<String, ?> properties) throws IOException {
    generator.writeStartObject();
    generator.writeStringField("type", "Feature");
    if (id != null) {
      generator.writeStringField("id", id);
    }
    if (withBbox && geometry != null && !geometry.isEmpty()) {
      writeBbox(geometry.getEnvelopeInternal());
      bbox.expandToInclude(geometry.getEnvelopeInternal());
    }
    generator.writeFieldName("geometry");
    if (geometry == null) {
      generator.writeNull();
    } else {
      generator.writeTree(GeoJsonCodec.write(geometry, DECIMALS));
    }
    generator.writeFieldName("properties");
    generator.writeObject(properties == null ? Map.of() : properties);
    generator.writeEndObject();
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    generator.writeEndArray();
    if (withBbox && !bbox.isNull()) {
      writeBbox(bbox);
    }
    generator.writeEndObject();
    generator.close();
  }

  private void writeBbox(Envelope e) throws IOException {
    generator.writeFieldName("bbox");
    double[] values = {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    generator.writeStartArray();
    for (double v : values) {
      generator.writeNumber(GeoJsonCodec.round(v, DECIMALS));
    }
    generator.writeEndArray();
  }
}
