package io.frontline.formats.validation;

import io.frontline.formats.FindingCode;
import io.frontline.formats.FormatException;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.observations.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks one parsed lon/lat geometry and repairs it only where the repair is unambiguous.
 *
 * <ol>
 *   <li>Empty geometries are refused.</li>
 *   <li>Every coordinate must be finite, with lon in -180..180 and lat in -90..90. A latitude out of range whose
 *       longitude would fit as a latitude is reported as swapped ({@code coordinates-swapped}).</li>
 *   <li>Swap heuristic (a warning, never a refusal): a point or polygon lying wholly outside the region of interest
 *       that would lie wholly inside it with lat and lon exchanged gets {@code coordinates-swapped-suspect}. The
 *       default region is the Middle East box, lon 25..65, lat 10..45.</li>
 *   <li>Polygons: repeated consecutive vertices are removed, exteriors made counter-clockwise and holes clockwise
 *       (RFC 7946), each reported as REPAIRED when the geometry is then accepted.</li>
 *   <li>A geometry still invalid (self-intersection, bow-tie, overlapping shells) is refused with JTS's reason;
 *       it is never "fixed" by guessing (no GeometryFixer).</li>
 * </ol>
 * Areas are also checked against the world basemap when one is given ({@link #withLand}): see {@link LandCheck}.
 * Unclosed and too-short rings never reach this class: {@link Rings} refuses them while parsing.
 */
public final class GeometryValidator {
  private final Envelope regionOfInterest;
  private final LandCheck land;

  public GeometryValidator(Envelope regionOfInterest) {
    this(regionOfInterest, null);
  }

  private GeometryValidator(Envelope regionOfInterest, LandCheck land) {
    if (regionOfInterest == null || regionOfInterest.isNull()) {
      throw new IllegalArgumentException("a region of interest is required");
    }
    this.regionOfInterest = new Envelope(regionOfInterest);
    this.land = land;
  }

  /**
   * This validator, also checking that areas lie in a country of {@code land}: an area outside every country is
   * refused ({@code outside-countries}; a warning when {@code allowOutside}), or refused as swapped when it lies in a
   * country with lat and lon exchanged; {@code gazetteer} (may be null) names the place it would then lie near.
   */
  public GeometryValidator withLand(LandIndex land, Gazetteer gazetteer, boolean allowOutside) {
    return new GeometryValidator(regionOfInterest, new LandCheck(land, gazetteer, allowOutside));
  }

  /** The default region of interest for the swap heuristic: lon 25..65, lat 10..45. */
  public static Envelope middleEast() {
    return new Envelope(25, 65, 10, 45);
  }

  public static GeometryValidator forMiddleEast() {
    return new GeometryValidator(middleEast());
  }

  /** Validates a geometry of any type. */
  public ValidationResult validate(Geometry geometry, String location) {
    String wkt = geometry.toText();
    if (geometry.isEmpty()) {
      return refused(
          FindingCode.EMPTY_GEOMETRY.finding(location, "empty " + geometry.getGeometryType(), wkt));
    }
    Optional<Finding> badCoordinate = checkCoordinates(geometry, location, wkt);
    if (badCoordinate.isPresent()) {
      return refused(badCoordinate.get());
    }
    List<Finding> findings = new ArrayList<>();
    swapSuspect(geometry, location, wkt).ifPresent(findings::add);
    return geometry instanceof Polygonal
        ? repairAndCheck(geometry, location, wkt, findings)
        : checkValidity(geometry, location, wkt, findings);
  }

  /** Validates the geometry of an area observation: it must also be a Polygon or MultiPolygon. */
  public ValidationResult validateArea(Geometry geometry, String location) {
    if (!(geometry instanceof Polygonal)) {
      return refused(FindingCode.NOT_AN_AREA.finding(
          location,
          "an area must be a Polygon or MultiPolygon, was " + geometry.getGeometryType(),
          geometry.toText()));
    }
    ValidationResult result = validate(geometry, location);
    if (land == null || !result.accepted()) {
      return result;
    }
    return land.check(result.geometry().get(), location, geometry.toText())
        .map(f -> placed(result, f))
        .orElse(result);
  }

  /**
   * The result with the land finding. A refusal drops the repairs (they are reported only for accepted geometries)
   * and a swap found by the basemap replaces the region heuristic's warning.
   */
  private static ValidationResult placed(ValidationResult result, Finding finding) {
    boolean refused = finding.severity() == Finding.Severity.ERROR;
    boolean swapped = finding.code().equals(FindingCode.COORDINATES_SWAPPED.code());
    List<Finding> findings = new ArrayList<>(result.findings().stream()
        .filter(f -> !(refused && f.severity() == Finding.Severity.REPAIRED))
        .filter(f -> !(swapped && f.code().equals(FindingCode.COORDINATES_SWAPPED_SUSPECT.code())))
        .toList());
    findings.add(finding);
    return new ValidationResult(refused ? Optional.empty() : result.geometry(), findings);
  }

  /** True when a coordinate read the other way round (lat as lon) lies in the region of interest. */
  public boolean swappedFitsRegion(Coordinate c) {
    return regionOfInterest.contains(c.y, c.x);
  }

  private ValidationResult repairAndCheck(
      Geometry geometry, String location, String wkt, List<Finding> findings) {
    PolygonRepairOp.Repair repair;
    try {
      repair = PolygonRepairOp.repair(geometry);
    } catch (FormatException e) {
      findings.add(FindingCode.RING_TOO_SHORT.finding(
          location, "after removing repeated vertices, " + e.getMessage(), wkt));
      return new ValidationResult(Optional.empty(), findings);
    }
    ValidationResult checked = checkValidity(repair.geometry(), location, wkt, findings);
    if (!checked.accepted()) {
      return checked;
    }
    List<Finding> withRepairs = new ArrayList<>(checked.findings());
    withRepairs.addAll(repairFindings(repair, location, wkt));
    return new ValidationResult(checked.geometry(), withRepairs);
  }

  private static List<Finding> repairFindings(
      PolygonRepairOp.Repair repair, String location, String wkt) {
    List<Finding> findings = new ArrayList<>();
    if (repair.removedVertices() > 0) {
      findings.add(FindingCode.REPEATED_VERTICES_REMOVED.finding(
          location, "removed " + repair.removedVertices() + " repeated consecutive vertices", wkt));
    }
    if (repair.reorientedRings() > 0) {
      findings.add(FindingCode.RING_ORIENTATION_NORMALISED.finding(
          location,
          "reversed " + repair.reorientedRings()
              + " rings: exterior rings counter-clockwise, holes clockwise (RFC 7946)",
          wkt));
    }
    return findings;
  }

  private static ValidationResult checkValidity(
      Geometry geometry, String location, String wkt, List<Finding> findings) {
    TopologyValidationError error = new IsValidOp(geometry).getValidationError();
    if (error == null) {
      return new ValidationResult(Optional.of(geometry), findings);
    }
    String where =
        error.getCoordinate() == null ? "" : " at " + WKTWriter.format(error.getCoordinate());
    findings.add(FindingCode.INVALID_GEOMETRY.finding(
        location,
        "invalid " + geometry.getGeometryType() + ": " + error.getMessage() + where,
        wkt));
    return new ValidationResult(Optional.empty(), findings);
  }

  private static Optional<Finding> checkCoordinates(
      Geometry geometry, String location, String wkt) {
    for (Coordinate c : geometry.getCoordinates()) {
      if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
        return Optional.of(FindingCode.COORDINATE_NOT_FINITE.finding(
            location, "coordinate (" + c.x + " " + c.y + ") is not a finite number", wkt));
      }
      if (Math.abs(c.x) > 180 || Math.abs(c.y) > 90) {
        return Optional.of(outOfRange(c, location, wkt));
      }
    }
    return Optional.empty();
  }

  private static Finding outOfRange(Coordinate c, String location, String wkt) {
    if (Math.abs(c.y) > 90 && Math.abs(c.y) <= 180 && Math.abs(c.x) <= 90) {
      return FindingCode.COORDINATES_SWAPPED.finding(
          location,
          "coordinates apparently swapped (GeoJSON and KML use lon,lat order): latitude " + c.y
              + " is outside -90..90 at (" + WKTWriter.format(c) + ")",
          wkt);
    }
    return FindingCode.COORDINATE_OUT_OF_RANGE.finding(
        location,
        "coordinate (" + WKTWriter.format(c)
            + ") out of range: longitude must be within -180..180 and latitude within -90..90",
        wkt);
  }

  private Optional<Finding> swapSuspect(Geometry geometry, String location, String wkt) {
    if (!(geometry instanceof Puntal || geometry instanceof Polygonal)) {
      return Optional.empty();
    }
    for (Coordinate c : geometry.getCoordinates()) {
      if (regionOfInterest.contains(c.x, c.y) || !swappedFitsRegion(c)) {
        return Optional.empty();
      }
    }
    return Optional.of(FindingCode.COORDINATES_SWAPPED_SUSPECT.finding(
        location,
        "coordinates apparently swapped (GeoJSON and KML use lon,lat order): the geometry lies outside the region of "
            + "interest " + describe(regionOfInterest)
            + " but inside it with lat and lon exchanged; accepted as given",
        wkt));
  }

  private static String describe(Envelope e) {
    return "(lon " + e.getMinX() + ".." + e.getMaxX() + ", lat " + e.getMinY() + ".." + e.getMaxY()
        + ")";
  }

  private static ValidationResult refused(Finding finding) {
    return new ValidationResult(Optional.empty(), List.of(finding));
  }
}
