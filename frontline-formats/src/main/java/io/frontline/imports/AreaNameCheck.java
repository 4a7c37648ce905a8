package io.frontline.imports;

import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import io.frontline.formats.validation.Swap;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * An area labelled with the name of a gazetteer place ("Mosul") should lie near it: more than
 * {@value #MAX_AREA_DISTANCE_M} metres from every place of that name is an {@code area-far-from-place} warning, or a
 * {@code coordinates-swapped} error when the area with lat and lon exchanged lies near one. Labels that name no place
 * ("Palmyra pocket") are not checked.
 */
final class AreaNameCheck {
  /** How far an area may lie from the place its label names: 50 km. */
  static final double MAX_AREA_DISTANCE_M = 50_000;

  private final Gazetteer gazetteer;

  AreaNameCheck(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  Optional<Finding> check(Geometry area, String label, String country, String location) {
    List<Place> namesakes =
        label.isBlank() ? List.of() : PlaceNames.exact(gazetteer, label, country);
    if (namesakes.isEmpty()) {
      return Optional.empty();
    }
    Place nearest = nearest(namesakes, area);
    double distance_m = distance_m(area, nearest);
    if (distance_m <= MAX_AREA_DISTANCE_M) {
      return Optional.empty();
    }
    String far = "the area labelled " + Quoted.of(label) + " lies " + PlaceNames.km(distance_m)
        + " from " + PlaceNames.describe(nearest);
    Optional<Geometry> swapped = Swap.of(area);
    Optional<Place> nearSwapped = swapped
        .map(s -> nearest(namesakes, s))
        .filter(p -> distance_m(swapped.get(), p) <= MAX_AREA_DISTANCE_M);
    if (nearSwapped.isPresent()) {
      return Optional.of(FindingCode.COORDINATES_SWAPPED.finding(
          location,
          "coordinates look swapped (lat, lon): " + far + "; swapped, the area lies near "
              + nearSwapped.get().name() + " (GeoJSON and KML use lon,lat order)",
          area.toText()));
    }
    return Optional.of(FindingCode.AREA_FAR_FROM_PLACE.finding(
        location,
        far + ", the nearest place of that name; " + "check the coordinates or the label",
        area.toText()));
  }

  private static Place nearest(List<Place> places, Geometry area) {
    return places.stream()
        .min(Comparator.comparingDouble(p -> distance_m(area, p)))
        .orElseThrow();
  }

  /** Geodesic distance from the place to the nearest point of the area; 0 inside it. */
  static double distance_m(Geometry area, Place place) {
    Point point = Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()));
    if (area.covers(point)) {
      return 0;
    }
    Coordinate nearest = DistanceOp.nearestPoints(area, point)[0];
    return GeodesicCircle.distance_m(nearest.y, nearest.x, place.lat(), place.lon());
  }
}
