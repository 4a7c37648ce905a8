package io.frontline.imports;

import io.frontline.formats.kml.KmzLimits;
import io.frontline.formats.validation.GeometryValidator;
import java.nio.charset.Charset;
import java.time.Clock;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * How an import behaves. {@code clock} decides what "today" is (dates after it are refused); {@code acceptValid}
 * lets the caller record the valid records of a file that also has errors (default: all or nothing, see
 * {@link ImportResult}); {@code kmzLimits} guard against zip bombs; {@code regionOfInterest} drives the swapped
 * coordinates heuristic; a point given with a place must lie within {@code maxPointDistance_m} of it;
 * {@code encoding} is the text encoding the user named (empty: UTF-8, or for KML the one its prolog declares);
 * {@code allowOutsideCountries} turns the refusal of geometries outside every country into a warning.
 */
public record ImportOptions(
    Clock clock,
    boolean acceptValid,
    KmzLimits kmzLimits,
    Envelope regionOfInterest,
    double maxPointDistance_m,
    Optional<Charset> encoding,
    boolean allowOutsideCountries) {
  /** Default distance between a point and its gazetteer place: 25 km. */
  public static final double DEFAULT_MAX_POINT_DISTANCE_M = 25_000;

  public ImportOptions {
    if (clock == null
        || kmzLimits == null
        || regionOfInterest == null
        || regionOfInterest.isNull()) {
      throw new IllegalArgumentException(
          "import options need a clock, KMZ limits and a region of interest");
    }
    if (!(maxPointDistance_m > 0)) {
      throw new IllegalArgumentException(
          "maxPointDistance_m must be > 0, was " + maxPointDistance_m);
    }
    regionOfInterest = new Envelope(regionOfInterest);
    encoding = encoding == null ? Optional.empty() : encoding;
  }

  /** System clock (UTC), all or nothing, default KMZ limits, the Middle East region, 25 km, UTF-8, land only. */
  public static ImportOptions defaults() {
    return new ImportOptions(
        Clock.systemUTC(),
        false,
        KmzLimits.defaults(),
        GeometryValidator.middleEast(),
        DEFAULT_MAX_POINT_DISTANCE_M,
        Optional.empty(),
        false);
  }

  @Override
  public Envelope regionOfInterest() {
    return new Envelope(regionOfInterest);
  }

  public ImportOptions withClock(Clock newClock) {
    return new ImportOptions(
        newClock,
        acceptValid,
        kmzLimits,
        regionOfInterest,
        maxPointDistance_m,
        encoding,
        allowOutsideCountries);
  }

  public ImportOptions withAcceptValid(boolean accept) {
    return new ImportOptions(
        clock,
        accept,
        kmzLimits,
        regionOfInterest,
        maxPointDistance_m,
        encoding,
        allowOutsideCountries);
  }

  public ImportOptions withKmzLimits(KmzLimits limits) {
    return new ImportOptions(
        clock,
        acceptValid,
        limits,
        regionOfInterest,
        maxPointDistance_m,
        encoding,
        allowOutsideCountries);
  }

  /** Decode text input in this encoding instead of UTF-8 (and instead of a KML prolog's). */
  public ImportOptions withEncoding(Charset charset) {
    return new ImportOptions(
        clock,
        acceptValid,
        kmzLimits,
        regionOfInterest,
        maxPointDistance_m,
        Optional.ofNullable(charset),
        allowOutsideCountries);
  }

  public ImportOptions withAllowOutsideCountries(boolean allow) {
    return new ImportOptions(
        clock, acceptValid, kmzLimits, regionOfInterest, maxPointDistance_m, encoding, allow);
  }
}
