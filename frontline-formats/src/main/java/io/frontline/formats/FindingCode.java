package io.frontline.formats;

import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;
import io.frontline.observations.Finding.Severity;
import java.util.Locale;

/**
 * Every finding code that the readers, the geometry validator and the import report, with its usual severity and
 * what it means. The codes are stable: scripts and the docs table (docs/formats/README.md) rely on them.
 */
public enum FindingCode {
  FILE_UNREADABLE(Severity.ERROR, "the file could not be read (missing, not permitted, I/O error)"),
  UNKNOWN_FORMAT(Severity.ERROR, "the format could not be told from the extension or the content"),
  NOT_UTF8(
      Severity.ERROR,
      "a text file that is not valid UTF-8 (and no other encoding was given); the location and "
          + "message give the line and byte offset of the first bad byte"),
  ENCODING_INVALID(
      Severity.ERROR,
      "bytes that are not valid in the encoding given (or declared in the KML prolog)"),
  UNKNOWN_ENCODING(
      Severity.ERROR, "an encoding name, declared in the KML prolog, that is not known"),
  JSON_MALFORMED(Severity.ERROR, "not well-formed JSON; the location gives line and column"),
  GEOJSON_INVALID(
      Severity.ERROR, "JSON that is not GeoJSON: unknown type, missing or malformed coordinates"),
  XML_MALFORMED(Severity.ERROR, "not well-formed XML (KML); the location gives line and column"),
  KML_DOCTYPE_REFUSED(
      Severity.ERROR, "KML with a DOCTYPE or entity declaration (XXE, billion laughs) is refused"),
  KML_INVALID(
      Severity.ERROR,
      "a KML geometry cannot be read: bad coordinates, no outer boundary, unsupported type"),
  KMZ_MALFORMED(Severity.ERROR, "a KMZ that is not a readable zip archive"),
  KMZ_NO_KML(Severity.ERROR, "a KMZ without a .kml entry"),
  KMZ_TOO_MANY_ENTRIES(Severity.ERROR, "a KMZ with more entries than the limit"),
  KMZ_UNSAFE_ENTRY_NAME(Severity.ERROR, "a KMZ entry name that is absolute or contains '..'"),
  KMZ_TOO_LARGE(Severity.ERROR, "the KML inflates to more bytes than the limit"),
  KMZ_COMPRESSION_RATIO(
      Severity.ERROR, "an entry over 1 MiB that inflates more than the ratio limit (zip bomb)"),
  CSV_MALFORMED(Severity.ERROR, "CSV syntax that cannot be parsed (an unterminated quote)"),
  CSV_NO_HEADER(Severity.ERROR, "an empty CSV file: a header line is required"),
  CSV_UNKNOWN_COLUMN(Severity.ERROR, "a header column that the format does not define"),
  CSV_MISSING_COLUMN(Severity.ERROR, "a required column is absent from the header"),
  CSV_DUPLICATE_COLUMN(Severity.ERROR, "a column named twice in the header"),
  CSV_FIELD_COUNT(Severity.ERROR, "a row with more or fewer fields than the header"),
  GEONAMES_MALFORMED_LINE(
      Severity.ERROR, "a GeoNames dump line that is not 19 well-formed tab-separated columns"),
  EMPTY_GEOMETRY(Severity.ERROR, "an empty geometry"),
  COORDINATE_NOT_FINITE(Severity.ERROR, "a coordinate that is NaN or infinite"),
  COORDINATE_OUT_OF_RANGE(
      Severity.ERROR, "a longitude outside -180..180 or a latitude outside -90..90"),
  COORDINATES_SWAPPED(
      Severity.ERROR,
      "lat and lon apparently exchanged (by range, by distance to the place, "
          + "or by the country the area would lie in)"),
  COORDINATES_SWAPPED_SUSPECT(
      Severity.WARNING,
      "the geometry lies outside the region of interest but inside it with lat and lon exchanged"),
  RING_NOT_CLOSED(Severity.ERROR, "a polygon ring whose first and last points differ"),
  RING_TOO_SHORT(
      Severity.ERROR, "a polygon ring with fewer than 4 points (3 distinct and the closing point)"),
  REPEATED_VERTICES_REMOVED(Severity.REPAIRED, "repeated consecutive vertices were removed"),
  RING_ORIENTATION_NORMALISED(
      Severity.REPAIRED,
      "rings were re-oriented: exterior counter-clockwise, holes clockwise (RFC 7946)"),
  INVALID_GEOMETRY(
      Severity.ERROR,
      "a geometry that is invalid after repair (self-intersection, bow-tie, overlap)"),
  NOT_AN_AREA(
      Severity.ERROR, "an area observation whose geometry is not a Polygon or MultiPolygon"),
  BAD_WKT(Severity.ERROR, "a wkt column that is not well-formed WKT"),
  BAD_COORDINATES(
      Severity.ERROR, "lat/lon columns that are not numbers, only one of them, or both with wkt"),
  MISSING_FIELD(Severity.ERROR, "a required field (actor, status, date) is blank"),
  UNKNOWN_ACTOR(
      Severity.ERROR, "an actor or from_actor that is not a known actor id, name or alias"),
  SAME_ACTOR(Severity.ERROR, "actor and from_actor are the same actor"),
  BAD_STATUS(Severity.ERROR, "a status other than controls, contested, besieged, presence, ends"),
  BAD_CHANGE(
      Severity.ERROR,
      "a change other than captured, held, contested, raided or ends (control-changes CSV)"),
  BAD_DATE(Severity.ERROR, "a date not in the form YYYY, YYYY-MM or YYYY-MM-DD"),
  IMPOSSIBLE_DATE(Severity.ERROR, "a well-formed date that does not exist (2015-02-30)"),
  BAD_PRECISION(Severity.ERROR, "a precision other than day, month or year"),
  PRECISION_MISMATCH(
      Severity.ERROR, "a date whose form disagrees with its precision (2014-06 with day)"),
  FUTURE_DATE(Severity.ERROR, "a date after today"),
  NO_SOURCE(Severity.ERROR, "a record without a source title, URL or citation"),
  BAD_SOURCE(Severity.ERROR, "a source URL that is not an absolute http(s) URL"),
  BAD_SOURCE_KIND(
      Severity.ERROR,
      "a source kind other than satellite_imagery, official_statement, news, analyst, "
          + "reference"),
  BAD_CONFIDENCE(Severity.ERROR, "a confidence other than low, medium or high"),
  BAD_GRADE(
      Severity.ERROR,
      "a source grade that is not an Admiralty code (a letter A-F then a digit 1-6, e.g. B2)"),
  BAD_SHARE(
      Severity.ERROR,
      "a share that is not a number between 0 and 1 (exclusive), or a share on a status other "
          + "than contested"),
  UNKNOWN_REGION(
      Severity.ERROR,
      "an ends record without an area whose country code has no outline in the basemap"),
  WEAK_SOURCE(
      Severity.WARNING,
      "a statement resting only on state, partisan, mirror, forum or blog outlets: "
          + "recorded as low confidence"),
  BAD_GEONAMES_ID(Severity.ERROR, "a geonames_id that is not a positive whole number"),
  UNKNOWN_PLACE(Severity.ERROR, "a geonames_id or place name that the gazetteer does not hold"),
  AMBIGUOUS_PLACE(
      Severity.WARNING, "a place name that matches several places; the most populous was chosen"),
  PLACE_COUNTRY_MISMATCH(
      Severity.ERROR, "a geonames_id whose place lies in another country than the one given"),
  POINT_FAR_FROM_PLACE(
      Severity.ERROR,
      "a point further from its gazetteer place than the limit (25 km by geonames_id, 10 km by name)"),
  AMBIGUOUS_POINT(
      Severity.ERROR, "a name and point that match several places of that name within 10 km"),
  OUTSIDE_COUNTRIES(
      Severity.ERROR,
      "a geometry that lies outside every country (in the sea); a warning with "
          + "--allow-outside-countries"),
  AREA_FAR_FROM_PLACE(
      Severity.WARNING, "an area more than 50 km from the gazetteer place its label names"),
  ALREADY_RECORDED(
      Severity.WARNING,
      "an observation already in the store (same subject, actor, status, date and "
          + "source): skipped"),
  DUPLICATE_IN_FILE(
      Severity.WARNING, "an observation that repeats an earlier record of the same file: skipped"),
  NO_SUBJECT(Severity.ERROR, "no place, geonames_id or area polygon; or a point without a place"),
  PLACE_WITH_AREA(Severity.ERROR, "both a geonames_id and an area polygon: give one"),
  INVALID_OBSERVATION(
      Severity.ERROR, "the fields are each valid but do not make an observation together");

  private final Severity severity;
  private final String description;

  FindingCode(Severity severity, String description) {
    this.severity = severity;
    this.description = description;
  }

  /** The code as it appears in findings and reports: "ring-not-closed". */
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public Severity severity() {
    return severity;
  }

  public String description() {
    return description;
  }

  /** A finding of this code with its usual severity. */
  public Finding finding(String location, String message, String wkt) {
    return new Finding(severity, code(), location, Quoted.printable(message), wkt);
  }

  public Finding finding(String location, String message) {
    return finding(location, message, "");
  }

  /** This code as an exception, for readers that cannot go on. */
  public FormatException exception(String location, String message) {
    return new FormatException(code(), location, message);
  }

  public FormatException exception(String location, String message, String wkt) {
    return new FormatException(code(), location, message, wkt);
  }
}
