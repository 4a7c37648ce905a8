package io.frontline.imports;

import io.frontline.basemap.Basemap;
import io.frontline.basemap.Country;
import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import io.frontline.formats.validation.GeometryValidator;
import io.frontline.formats.validation.ValidationResult;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.GeodesicCircle;
import io.frontline.observations.Finding;
import io.frontline.observations.Subject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * What a record is about. A polygonal geometry is an area (validated, in a country, labelled with label or place, and
 * near the place its label names when it names one: {@link AreaNameCheck}); otherwise a
 * place, by geonames_id or by name within the country (the most populous exact match when several, with a warning).
 * A point given with a geonames_id must lie within the distance limit of it; when it does so only with lat and lon
 * exchanged, it is refused as swapped. A point given with a name (place, else the feature's name) is the place of
 * that name nearest the point ({@link NamedPointResolver}). These gazetteer checks supersede the validator's swap
 * heuristic. An ends record without a geometry is about a region: the basemap outline of its country ({@link #region}).
 */
final class SubjectResolver {
  private final Gazetteer gazetteer;
  private final Basemap basemap;
  private final NamedPointResolver named;
  private final AreaNameCheck areaNames;
  private final GeometryValidator validator;
  private final double maxDistance_m;
  /** Places already looked up in this import: a large file names the same few places again and again. */
  private final Map<Long, Optional<Place>> found = new HashMap<>();

  SubjectResolver(Gazetteer gazetteer, GeometryValidator validator, double maxDistance_m) {
    this(gazetteer, List::of, validator, maxDistance_m);
  }

  SubjectResolver(
      Gazetteer gazetteer, Basemap basemap, GeometryValidator validator, double maxDistance_m) {
    this.gazetteer = gazetteer;
    this.basemap = basemap;
    this.named = new NamedPointResolver(gazetteer);
    this.areaNames = new AreaNameCheck(gazetteer);
    this.validator = validator;
    this.maxDistance_m = maxDistance_m;
  }

  /** The subject, or null when it cannot be had; findings are added to {@code findings}. */
  Subject resolve(ImportRecord record, List<Finding> findings) {
    Geometry geometry = record.geometry();
    Optional<String> id = record.field("geonames_id");
    Optional<String> name = record.field("place");
    String country =
        record.field("country").map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
    if (geometry != null && !(geometry instanceof Point)) {
      return id.isPresent()
          ? error(
              findings,
              record,
              "geonames_id",
              FindingCode.PLACE_WITH_AREA,
              "give either a geonames_id or an area polygon, not both")
          : area(record, country, findings);
    }
    if (geometry instanceof Point point && id.isEmpty()) {
      return namedPoint(name.or(() -> record.field("label")), country, point, record, findings);
    }
    if (id.isEmpty() && name.isEmpty()) {
      return error(
          findings,
          record,
          "geonames_id",
          FindingCode.NO_SUBJECT,
          "no place, geonames_id or area polygon");
    }
    Place place = id.isPresent()
        ? byId(id.get(), country, record, findings)
        : byName(name.get(), country, record, findings);
    if (place == null
        || geometry != null
            && !pointNearPlace(
                (Point) geometry, place, record.locationOf(ImportRecord.GEOMETRY), findings)) {
      return null;
    }
    return new Subject.PlaceRef(place.id());
  }

  /** A point with a name: the place of that name nearest the point (see {@link NamedPointResolver}). */
  private Subject namedPoint(
      Optional<String> name,
      String country,
      Point point,
      ImportRecord record,
      List<Finding> findings) {
    if (name.isEmpty()) {
      return error(
          findings,
          record,
          ImportRecord.GEOMETRY,
          FindingCode.NO_SUBJECT,
          "a point alone is not a subject: give its place name (or a name) or its geonames_id");
    }
    if (!validPoint(point, record.locationOf(ImportRecord.GEOMETRY), findings)) {
      return null;
    }
    Place place = named.resolve(name.get(), country, point, record.locationOf("place"), findings);
    return place == null ? null : new Subject.PlaceRef(place.id());
  }

  /**
   * The region of an ends record given without an area: the outline of the country its country code names, from
   * the basemap, labelled with place (else the country's name).
   */
  Subject region(ImportRecord record, List<Finding> findings) {
    Optional<String> code = record.field("country");
    if (code.isEmpty()) {
      return error(
          findings,
          record,
          "country",
          FindingCode.NO_SUBJECT,
          "an ends record needs an area: a wkt polygon, or a country code whose outline ends the actor's holding");
    }
    Optional<Country> country = basemap.findCountry(code.get().strip());
    if (country.isEmpty() || country.get().outline() == null) {
      return error(
          findings,
          record,
          "country",
          FindingCode.UNKNOWN_REGION,
          "no outline of country " + Quoted.of(code.get()) + " in the basemap"
              + (basemap.countries().isEmpty() ? " (the import has no basemap)" : ""));
    }
    String label = record.field("place").orElse(country.get().name());
    return new Subject.Area(country.get().outline(), label);
  }

  private Subject area(ImportRecord record, String country, List<Finding> findings) {
    ValidationResult result =
        validator.validateArea(record.geometry(), record.locationOf(ImportRecord.GEOMETRY));
    findings.addAll(result.findings());
    String label = record.field("label").or(() -> record.field("place")).orElse("");
    if (result.accepted()) {
      Optional<Finding> far = areaNames.check(
          result.geometry().get(), label, country, record.locationOf(ImportRecord.GEOMETRY));
      far.ifPresent(findings::add);
      if (far.filter(f -> f.severity() == Finding.Severity.ERROR).isPresent()) {
        return null;
      }
    }
    return result.geometry().map(g -> (Subject) new Subject.Area(g, label)).orElse(null);
  }

  private Place byId(String text, String country, ImportRecord record, List<Finding> findings) {
    long id;
    try {
      id = Long.parseLong(text);
    } catch (NumberFormatException e) {
      id = -1;
    }
    if (id <= 0) {
      return error(
          findings,
          record,
          "geonames_id",
          FindingCode.BAD_GEONAMES_ID,
          "geonames_id must be a positive whole number, was " + Quoted.of(text));
    }
    Optional<Place> place = found.computeIfAbsent(id, gazetteer::findPlace);
    if (place.isEmpty()) {
      return error(
          findings,
          record,
          "geonames_id",
          FindingCode.UNKNOWN_PLACE,
          "place " + Quoted.of(text) + " not in the gazetteer");
    }
    if (country != null
        && !place.get().country().isEmpty()
        && !place.get().country().equals(country)) {
      return error(
          findings,
          record,
          "geonames_id",
          FindingCode.PLACE_COUNTRY_MISMATCH,
          "geonames_id " + id + " is " + place.get().name() + " in "
              + place.get().country() + ", not in " + country);
    }
    return place.get();
  }

  private Place byName(String name, String country, ImportRecord record, List<Finding> findings) {
    List<Place> exact = PlaceNames.exact(gazetteer, name, country);
    if (exact.isEmpty()) {
      return error(
          findings,
          record,
          "place",
          FindingCode.UNKNOWN_PLACE,
          "place " + Quoted.of(name) + " not in the gazetteer"
              + (country == null ? "" : " (country " + country + ")"));
    }
    Place chosen =
        exact.stream().max(Comparator.comparingLong(Place::population)).orElseThrow();
    if (exact.size() > 1) {
      findings.add(FindingCode.AMBIGUOUS_PLACE.finding(
          record.locationOf("place"),
          Quoted.of(name) + " matches " + exact.size()
              + " places" + (country == null ? "" : " in " + country)
              + "; chose the most populous, " + describe(chosen)
              + "; give a geonames_id to choose another"));
    }
    return chosen;
  }

  /** The point's own checks (finite, in range); the region heuristic is left to the gazetteer checks. */
  private boolean validPoint(Point point, String location, List<Finding> findings) {
    ValidationResult result = validator.validate(point, location);
    result.findings().stream()
        .filter(f -> !f.code().equals(FindingCode.COORDINATES_SWAPPED_SUSPECT.code()))
        .forEach(findings::add);
    return result.accepted();
  }

  private boolean pointNearPlace(
      Point point, Place place, String location, List<Finding> findings) {
    if (!validPoint(point, location, findings)) {
      return false;
    }
    double distance_m =
        GeodesicCircle.distance_m(place.lat(), place.lon(), point.getY(), point.getX());
    if (distance_m <= maxDistance_m) {
      return true;
    }
    findings.add(
        swappedDistance_m(point, place) <= maxDistance_m
            ? FindingCode.COORDINATES_SWAPPED.finding(
                location,
                "coordinates apparently swapped (GeoJSON and KML use "
                    + "lon,lat order): the point is " + km(distance_m) + " from " + describe(place)
                    + " but near it with lat and lon exchanged",
                point.toText())
            : FindingCode.POINT_FAR_FROM_PLACE.finding(
                location,
                "the point is " + km(distance_m) + " from " + describe(place)
                    + "; it must be within " + km(maxDistance_m),
                point.toText()));
    return false;
  }

  private static double swappedDistance_m(Point point, Place place) {
    if (Math.abs(point.getX()) > 90) {
      return Double.POSITIVE_INFINITY;
    }
    return GeodesicCircle.distance_m(place.lat(), place.lon(), point.getX(), point.getY());
  }

  private static String describe(Place place) {
    return PlaceNames.describe(place);
  }

  private static String km(double metres) {
    return PlaceNames.km(metres);
  }

  private static <T> T error(
      List<Finding> findings, ImportRecord record, String field, FindingCode code, String message) {
    findings.add(code.finding(record.locationOf(field), message));
    return null;
  }
}
