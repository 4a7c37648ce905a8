package io.frontline.formats.validation;

import io.frontline.basemap.Country;
import io.frontline.formats.FindingCode;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import java.util.Comparator;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An area must lie in some country. One that lies outside every country (in the sea) is refused, or only warned
 * about when the user allows it; when the same area with lat and lon exchanged lies in a country, it is refused as
 * swapped, naming that country and the largest place near it: Mosul's area written [lat, lon] lands in the Black
 * Sea, and swapped lies in Iraq near Mosul.
 */
record LandCheck(LandIndex land, Gazetteer gazetteer, boolean allowOutside) {
  /** How far around the swapped area to look for a place to name: about 30 km. */
  private static final double NEARBY_DEGREES = 0.3;

  Optional<Finding> check(Geometry area, String location, String wkt) {
    if (land.isEmpty() || land.onLand(area)) {
      return Optional.empty();
    }
    Optional<Geometry> swapped = Swap.of(area);
    Optional<Country> country = swapped.flatMap(land::countryOf);
    if (country.isPresent()) {
      return Optional.of(FindingCode.COORDINATES_SWAPPED.finding(
          location,
          "coordinates look swapped (lat, lon): the "
              + "area lies outside every country (in the sea); swapped, the area lies in "
              + country.get().name()
              + near(swapped.get()) + " (GeoJSON and KML use lon,lat order; WKT uses lon lat)",
          wkt));
    }
    String message = "the area lies outside every country (in the sea)";
    return Optional.of(
        allowOutside
            ? new Finding(
                Finding.Severity.WARNING,
                FindingCode.OUTSIDE_COUNTRIES.code(),
                location,
                message + "; accepted, as outside countries are allowed",
                wkt)
            : FindingCode.OUTSIDE_COUNTRIES.finding(
                location,
                message + "; check the coordinates, or allow it (--allow-outside-countries)",
                wkt));
  }

  private String near(Geometry geometry) {
    if (gazetteer == null) {
      return "";
    }
    Envelope around = new Envelope(geometry.getEnvelopeInternal());
    around.expandBy(NEARBY_DEGREES);
    return gazetteer.placesWithin(around).stream()
        .min(Comparator.comparingInt(LandCheck::rank)
            .thenComparing(Comparator.comparingLong(Place::population).reversed()))
        .map(p -> " near " + p.name())
        .orElse("");
  }

  /** Capitals first, then seats of regions and districts, then other places: the name a reader knows. */
  private static int rank(Place place) {
    return switch (place.featureCode()) {
      case "PPLC" -> 0;
      case "PPLA" -> 1;
      case "PPLA2" -> 2;
      case "PPLA3", "PPLA4" -> 3;
      default -> 4;
    };
  }
}
