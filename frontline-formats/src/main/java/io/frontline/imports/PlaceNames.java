package io.frontline.imports;

import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicCircle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.locationtech.jts.geom.Point;

/** Gazetteer places by exact name (any name or alternate name, by {@link NameKey}), and how to describe them. */
final class PlaceNames {
  private static final int SEARCH_LIMIT = 100;

  private PlaceNames() {}

  /** The places one of whose names is {@code name}, within {@code country} when it is not null. */
  static List<Place> exact(Gazetteer gazetteer, String name, String country) {
    String key = NameKey.of(name);
    return gazetteer.search(name, SEARCH_LIMIT).stream()
        .filter(p -> names(p).anyMatch(n -> NameKey.of(n).equals(key)))
        .filter(p -> country == null || p.country().equals(country))
        .toList();
  }

  private static Stream<String> names(Place place) {
    return Stream.concat(Stream.of(place.name()), place.alternateNames().stream());
  }

  static double distance_m(Place place, Point point) {
    return GeodesicCircle.distance_m(place.lat(), place.lon(), point.getY(), point.getX());
  }

  /** "Mosul (99072, IQ, population 1739800)". */
  static String describe(Place place) {
    return place.name() + " (" + place.id() + ", " + place.country() + ", population "
        + place.population() + ")";
  }

  /** "Mosul (99072, IQ) at 0.9 km". */
  static String describeAt(Place place, Point point) {
    return place.name() + " (" + place.id() + ", " + place.country() + ") at "
        + km(distance_m(place, point));
  }

  static String km(double metres) {
    return String.format(Locale.ROOT, "%.1f km", metres / 1000);
  }

  /** "(43.12 36.34)": lon lat, as in WKT. */
  static String lonLat(Point point) {
    return String.format(Locale.ROOT, "(%s %s)", trim(point.getX()), trim(point.getY()));
  }

  private static String trim(double value) {
    return String.format(Locale.ROOT, "%.5f", value).replaceFirst("\\.?0+$", "");
  }
}
