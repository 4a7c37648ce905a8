package io.frontline.formats.geojson;

import io.frontline.formats.ObservationFields;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Observations as GeoJSON features, written through a {@link GeoJsonWriter}: an area as its polygon, a place as the
 * point {@code places} gives (null geometry when unknown). Properties use the import's names, so the file reads back
 * as the same statements: geonames_id, version and share are numbers, source_url is an array of URLs.
 */
public final class ObservationGeoJsonWriter {
  private ObservationGeoJsonWriter() {}

  public static void write(
      Iterable<Observation> observations, LongFunction<Optional<Place>> places, GeoJsonWriter out)
      throws IOException {
    for (Observation observation : observations) {
      out.write(
          geometry(observation.statement().subject(), places), properties(observation, places));
    }
  }

  static Map<String, Object> properties(
      Observation observation, LongFunction<Optional<Place>> places) {
    Map<String, Object> properties = new LinkedHashMap<>(ObservationFields.of(observation, places));
    properties.keySet().removeAll(List.of("lat", "lon", "wkt"));
    properties.computeIfPresent("geonames_id", (k, v) -> Long.parseLong((String) v));
    properties.computeIfPresent("version", (k, v) -> Integer.parseInt((String) v));
    properties.computeIfPresent("share", (k, v) -> Double.parseDouble((String) v));
    properties.computeIfPresent("source_url", (k, v) -> Arrays.asList(((String) v).split(" ")));
    return properties;
  }

  private static Geometry geometry(Subject subject, LongFunction<Optional<Place>> places) {
    if (subject instanceof Subject.Area area) {
      return area.geometry();
    }
    return places
        .apply(((Subject.PlaceRef) subject).placeId())
        .map(p -> (Geometry) Geometries.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())))
        .orElse(null);
  }
}
