package io.frontline.formats;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a GeoJSON or KML file: its 1-based position in the file ({@code index}, as in locations such as
 * "feature 3"), its geometry (null when it has none or it could not be read) and its properties (values are
 * strings, numbers, booleans, lists and maps, as in JSON; KML gives strings only).
 */
public record Feature(int index, Geometry geometry, Map<String, Object> properties) {
  public Feature {
    if (index < 1) {
      throw new IllegalArgumentException("feature index must be >= 1, was " + index);
    }
    properties = Collections.unmodifiableMap(
        new LinkedHashMap<>(properties == null ? Map.of() : properties));
  }
}
