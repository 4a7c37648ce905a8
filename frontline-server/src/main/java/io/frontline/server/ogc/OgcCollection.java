package io.frontline.server.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/** One OGC API - Features collection: its description and the features a query selects. */
interface OgcCollection {
  String id();

  String title();

  String description();

  /** The features matching a bbox (may be null) and datetime (may be null), in a stable order. */
  List<Item> items(Envelope bbox, OgcDatetime datetime);

  /** The temporal extent as [start, end] ISO dates, or null when the collection has none. */
  String[] interval();

  /** One feature: its id, geometry and properties. */
  record Item(String id, Geometry geometry, ObjectNode properties) {}
}
