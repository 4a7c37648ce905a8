package io.frontline.figures;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.actors.Actors;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Grade;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.testing.MemoryBasemap;
import io.frontline.testing.MemoryGazetteer;
import io.frontline.testing.Observations;
import io.frontline.timeline.FuzzyDate;
import io.frontline.timeline.RecordTime;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * A hand-made war for the figures' tests. Testland (lon 40-44, lat 30-34) holds five drawn squares of half a degree,
 * three in a southern row (lat 31-31.5) and two in a northern row (lat 32.5-33); squares in a row have the same area,
 * {@link #SOUTH_KM2} and {@link #NORTH_KM2}, so every area figure is a sum of these two numbers with a share:
 * <pre>
 *   north row:  SIEGE (lon 40.5-41)  green besieges blue's ground, 2015-05-01, grade C3
 *               OLD   (lon 42.5-43)  blue controls, 2013-06-01, grade A1, low confidence
 *   south row:  NORTH (lon 40.5-41)  red captures it from blue, 2015-03-01, grade B2
 *               SHARE (lon 41.5-42)  red contests it with blue, red holds 60 %, 2015-02-01, no grade
 *               FIGHT (lon 42.5-43)  red contests it with blue, no share stated, 2015-04-01, no grade
 * </pre>
 * Settlements: Redton (150,000) and Hamlet (2,000) in NORTH, Sharetown (120,000) in SHARE, Fightville (50,000) in
 * FIGHT, Ringcity (200,000) in SIEGE, Oldham (30,000) in OLD, and Nowhere (10,000) outside every square.
 */
final class Testland {
  static final LocalDate JUNE_2015 = LocalDate.parse("2015-06-01");
  static final LocalDate MID_JANUARY_2015 = LocalDate.parse("2015-01-15");
  static final double SOUTH_KM2 = strip_km2(31.0, 31.5, 0.5);
  static final double NORTH_KM2 = strip_km2(32.5, 33.0, 0.5);
  /** Refland (lon 0-1, lat 50-51), the reference country: PostGIS ST_Area(geography) of that square. */
  static final double REFLAND_KM2 = 7892.061583;

  static final MemoryGazetteer GAZETTEER = new MemoryGazetteer(List.of(
      MemoryGazetteer.place(1, "Redton", 31.25, 40.75, 150_000, "TL"),
      MemoryGazetteer.place(2, "Hamlet", 31.1, 40.6, 2_000, "TL"),
      MemoryGazetteer.place(3, "Sharetown", 31.25, 41.75, 120_000, "TL"),
      MemoryGazetteer.place(4, "Fightville", 31.25, 42.75, 50_000, "TL"),
      MemoryGazetteer.place(5, "Ringcity", 32.75, 40.75, 200_000, "TL"),
      MemoryGazetteer.place(6, "Oldham", 32.75, 42.75, 30_000, "TL"),
      MemoryGazetteer.place(7, "Nowhere", 33.5, 43.5, 10_000, "TL")));
  static final MemoryBasemap BASEMAP = new MemoryBasemap(List.of(
      MemoryBasemap.box("TL", "Testland", 40, 30, 44, 34),
      MemoryBasemap.box("RF", "Refland", 0, 50, 1, 51)));
  static final Actors ACTORS = new Actors(List.of(actor("red"), actor("blue"), actor("green")));
  static final FiguresConfig CONFIG = new FiguresConfig(100_000, 365, "RF");

  final Observations obs = new Observations();
  final Observation north =
      square(40.5, 31, "red", Status.CONTROLS, "blue", "2015-03-01", "B2", Confidence.HIGH, null);
  final Observation share =
      square(41.5, 31, "red", Status.CONTESTED, "blue", "2015-02-01", null, Confidence.MEDIUM, 0.6);
  final Observation fight = square(
      42.5, 31, "red", Status.CONTESTED, "blue", "2015-04-01", null, Confidence.MEDIUM, null);
  final Observation siege = square(
      40.5, 32.5, "green", Status.BESIEGED, "blue", "2015-05-01", "C3", Confidence.HIGH, null);
  final Observation old =
      square(42.5, 32.5, "blue", Status.CONTROLS, null, "2013-06-01", "A1", Confidence.LOW, null);
  final ControlIndex index = new ControlIndexBuilder(GAZETTEER, BASEMAP, ZoneConfig.DEFAULT)
      .build(List.of(north, share, fight, siege, old));

  FiguresOp figuresOp() {
    return new FiguresOp(index, ACTORS, BASEMAP, CONFIG, RecordTime.now());
  }

  private static Actor actor(String id) {
    return new Actor(
        id, id.toUpperCase(Locale.ROOT), ActorKind.NON_STATE_GROUP, "#336699", List.of(), Map.of());
  }

  private Observation square(
      double west,
      double south,
      String actor,
      Status status,
      String from,
      String date,
      String grade,
      Confidence confidence,
      Double stated) {
    Geometry square =
        Geometries.FACTORY.toGeometry(new Envelope(west, west + 0.5, south, south + 0.5));
    Source source = new Source(
        "",
        List.of("https://example.org/" + actor + "/" + date),
        "",
        SourceKind.NEWS,
        grade == null ? null : Grade.parse(grade));
    return obs.of(new Statement(
        new Subject.Area(square, "square"),
        actor,
        status,
        from,
        FuzzyDate.parse(date),
        source,
        confidence,
        "",
        stated));
  }

  /**
   * The area of the WGS84 ellipsoid between two parallels over {@code dLon_deg} degrees of longitude, from the
   * authalic latitude formula (b^2 dLon [sin/(2(1 - e^2 sin^2)) + atanh(e sin)/(2e)] between the two latitudes):
   * a hand-check of the squares' geodesic areas that shares no code with the figures.
   */
  static double strip_km2(double southDeg, double northDeg, double dLon_deg) {
    double a = 6378.137;
    double f = 1 / 298.257223563;
    double b = a * (1 - f);
    double e = Math.sqrt(f * (2 - f));
    return b * b * Math.toRadians(dLon_deg) * (zone(northDeg, e) - zone(southDeg, e));
  }

  private static double zone(double latDeg, double e) {
    double s = Math.sin(Math.toRadians(latDeg));
    return s / (2 * (1 - e * e * s * s)) + Math.log((1 + e * s) / (1 - e * s)) / (4 * e);
  }

  static double round1(double km2) {
    return Math.round(km2 * 10) / 10.0;
  }
}
