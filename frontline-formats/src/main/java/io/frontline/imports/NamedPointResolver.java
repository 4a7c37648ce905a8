package io.frontline.imports;

import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Finding;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * The place a name and a point stand for together, as Google Earth and QGIS write a town: the place of that name (any
 * name or alternate name) nearest the point, within {@value #NAME_MATCH_RADIUS_M} metres. The point decides between
 * namesakes (Ariha in Idlib, Ariha that is Jericho); several namesakes within the radius are refused as ambiguous.
 * When none is near, the finding names the nearest namesake, or the places nearest the point.
 */
final class NamedPointResolver {
  /** How far a named point may lie from the gazetteer place of that name: 10 km. */
  static final double NAME_MATCH_RADIUS_M = 10_000;
  /** How far around the point to look for places to suggest when the name matches none: about 25 km. */
  private static final double SUGGEST_DEGREES = 0.25;

  private static final int SUGGESTIONS = 3;
  private final Gazetteer gazetteer;

  NamedPointResolver(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The place, or null with a finding added. */
  Place resolve(String name, String country, Point point, String location, List<Finding> findings) {
    List<Place> namesakes = PlaceNames.exact(gazetteer, name, country);
    List<Place> near = within(namesakes, point);
    if (near.size() == 1) {
      return near.get(0);
    }
    findings.add(
        near.isEmpty()
            ? notNear(name, namesakes, point, location)
            : ambiguous(name, near, point, location));
    return null;
  }

  private static List<Place> within(List<Place> places, Point point) {
    return places.stream()
        .filter(p -> PlaceNames.distance_m(p, point) <= NAME_MATCH_RADIUS_M)
        .sorted(Comparator.comparingDouble(p -> PlaceNames.distance_m(p, point)))
        .toList();
  }

  private static Finding ambiguous(String name, List<Place> near, Point point, String location) {
    return FindingCode.AMBIGUOUS_POINT.finding(
        location,
        Quoted.of(name) + " at " + PlaceNames.lonLat(point)
            + " matches " + near.size() + " places within " + PlaceNames.km(NAME_MATCH_RADIUS_M)
            + ": " + list(near, point)
            + "; give the geonames_id of the one meant",
        point.toText());
  }

  private Finding notNear(String name, List<Place> namesakes, Point point, String location) {
    Point swapped = Geometries.FACTORY.createPoint(new Coordinate(point.getY(), point.getX()));
    List<Place> nearSwapped = Math.abs(point.getX()) <= 90 ? within(namesakes, swapped) : List.of();
    if (!nearSwapped.isEmpty()) {
      return FindingCode.COORDINATES_SWAPPED.finding(
          location,
          "coordinates look swapped (lat, lon): no place named "
              + Quoted.of(name) + " within " + PlaceNames.km(NAME_MATCH_RADIUS_M) + " of "
              + PlaceNames.lonLat(point)
              + ", but swapped the point lies near "
              + PlaceNames.describeAt(nearSwapped.get(0), swapped)
              + " (GeoJSON and KML use lon,lat order)",
          point.toText());
    }
    if (!namesakes.isEmpty()) {
      Place nearest = namesakes.stream()
          .min(Comparator.comparingDouble(p -> PlaceNames.distance_m(p, point)))
          .orElseThrow();
      return FindingCode.POINT_FAR_FROM_PLACE.finding(
          location,
          "no place named " + Quoted.of(name) + " within "
              + PlaceNames.km(NAME_MATCH_RADIUS_M) + " of the point " + PlaceNames.lonLat(point)
              + "; the nearest of that "
              + "name is " + PlaceNames.describeAt(nearest, point),
          point.toText());
    }
    return FindingCode.UNKNOWN_PLACE.finding(
        location,
        "place " + Quoted.of(name) + " not in the gazetteer; " + nearby(point),
        point.toText());
  }

  private String nearby(Point point) {
    Envelope around = new Envelope(point.getCoordinate());
    around.expandBy(SUGGEST_DEGREES);
    List<Place> places = gazetteer.placesWithin(around).stream()
        .sorted(Comparator.comparingDouble(p -> PlaceNames.distance_m(p, point)))
        .limit(SUGGESTIONS)
        .toList();
    return places.isEmpty()
        ? "no gazetteer place lies near the point " + PlaceNames.lonLat(point)
        : "places nearest the point " + PlaceNames.lonLat(point) + ": " + list(places, point);
  }

  private static String list(List<Place> places, Point point) {
    return places.stream()
        .map(p -> PlaceNames.describeAt(p, point))
        .collect(Collectors.joining(", "));
  }
}
