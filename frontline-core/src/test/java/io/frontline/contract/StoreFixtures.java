package io.frontline.contract;

import io.frontline.actors.Actor;
import io.frontline.actors.ActorKind;
import io.frontline.events.Event;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Confidence;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.FuzzyDate;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Small real fixtures for store tests: towns of northern Iraq and Syria, three actors, a few statements. */
public final class StoreFixtures {
  public static final long MOSUL = 99072;
  public static final long MOSUL_DAM = 7_000_001;
  public static final long TAL_AFAR = 7_000_002;
  public static final long TAL = 7_000_003;
  public static final long AL_BAB = 7_000_004;
  public static final long BAB = 7_000_005;
  public static final long RAQQA = 163915;

  private StoreFixtures() {}

  /**
   * A UCDP GED battle between the Iraqi government and Islamic State (the bundled scenario's actor ids) at a point,
   * located exactly, one death.
   */
  public static Event battle(String id, String date, double lon, double lat) {
    return new Event(
        "ucdp-ged",
        id,
        "",
        FuzzyDate.parse(date),
        lon,
        lat,
        LocationPrecision.EXACT,
        "Iraq",
        "",
        "state-based",
        "",
        List.of(
            new Side.Known("iraq", "Government of Iraq"), new Side.Known("islamic-state", "IS")),
        null,
        1,
        "");
  }

  /** {@link #battle} just north-west of Mosul, inside its zone. */
  public static Event battleNearMosul(String id, String date) {
    return battle(id, date, 43.13, 36.34);
  }

  public static Place mosul() {
    return new Place(
        MOSUL,
        "Mosul",
        List.of("Mosoel", "Mossoul", "الموصل", "al-Mawsil", "Musul"),
        Map.of("en", "Mosul", "ar", "الموصل", "fr", "Mossoul", "nl", "Mosoel"),
        36.335,
        43.11889,
        "P",
        "PPLA",
        "IQ",
        "18",
        1_739_800);
  }

  /** Mosul and its namesakes, a hamlet called Tal beside Tal Afar, Al-Bab beside a hamlet Bab, and Raqqa. */
  public static List<Place> places() {
    return List.of(
        mosul(),
        new Place(
            MOSUL_DAM,
            "Mosul Dam",
            List.of("Sadd al Mawsil"),
            Map.of(),
            36.63,
            42.82,
            "H",
            "DAM",
            "IQ",
            "15",
            0),
        new Place(
            TAL_AFAR,
            "Tal Afar",
            List.of("Tall Afar", "تلعفر"),
            Map.of("ar", "تلعفر"),
            36.37,
            42.45,
            "P",
            "PPLA2",
            "IQ",
            "18",
            200_000),
        new Place(TAL, "Tal", List.of(), Map.of(), 36.10, 42.90, "P", "PPL", "IQ", "18", 500),
        new Place(
            AL_BAB,
            "Al-Bab",
            List.of("al Bab", "الباب"),
            Map.of("ar", "الباب"),
            36.37,
            37.52,
            "P",
            "PPLA3",
            "SY",
            "09",
            130_745),
        new Place(BAB, "Bab", List.of(), Map.of(), 36.20, 37.60, "P", "PPL", "SY", "09", 120),
        new Place(
            RAQQA,
            "Ar Raqqah",
            List.of("Raqqa", "الرقة", "Rakka"),
            Map.of("en", "Raqqa"),
            35.95,
            39.01,
            "P",
            "PPLA",
            "SY",
            "04",
            531_952));
  }

  public static List<Actor> actors() {
    return List.of(
        new Actor(
            "isis",
            "Islamic State",
            ActorKind.NON_STATE_GROUP,
            "#222222",
            List.of("ISIS", "Daesh", "Islamitische Staat", "\"IS\" \\ الدولة"),
            Map.of("nl", "Islamitische Staat", "ar", "داعش")),
        new Actor(
            "iraq", "Iraqi Armed Forces", ActorKind.STATE_FORCES, "#c8102e", List.of(), Map.of()),
        new Actor(
            "peshmerga",
            "Peshmerga",
            ActorKind.STATE_FORCES,
            "#f2c500",
            List.of("Kurdish forces"),
            Map.of("ku", "Pêşmerge")));
  }

  /** ISIS takes Mosul from Iraq, day-precise, two URLs. */
  public static Statement mosulFalls() {
    return new Statement(
        new Subject.PlaceRef(MOSUL),
        "isis",
        Status.CONTROLS,
        "iraq",
        FuzzyDate.parse("2014-06-10"),
        new Source(
            "Reuters",
            List.of("https://www.reuters.com/article/mosul", "https://example.org/mosul"),
            "Reuters, 10 June 2014",
            SourceKind.NEWS),
        Confidence.HIGH,
        "city fell overnight");
  }

  /** The Peshmerga contest a drawn area (a polygon with a hole), month-precise, no from-actor note. */
  public static Statement sinjarContested() {
    return new Statement(
        new Subject.Area(
            wkt("POLYGON ((41.5 36.2, 42.1 36.2, 42.1 36.5, 41.5 36.5, 41.5 36.2), "
                + "(41.7 36.3, 41.8 36.3, 41.8 36.4, 41.7 36.4, 41.7 36.3))"),
            "Sinjar pocket"),
        "peshmerga",
        Status.CONTESTED,
        "isis",
        FuzzyDate.parse("2014-08"),
        Source.ofUrl("https://www.bbc.com/news/sinjar", SourceKind.NEWS),
        Confidence.LOW,
        "");
  }

  /** A multipolygon area with no label, year-precise, from an analyst, no from-actor. */
  public static Statement desertPresence() {
    return new Statement(
        new Subject.Area(
            wkt("MULTIPOLYGON (((39.0 34.0, 39.5 34.0, 39.5 34.5, 39.0 34.0)), "
                + "((40.0 34.0, 40.25 34.0, 40.25 34.125, 40.0 34.0)))"),
            null),
        "isis",
        Status.PRESENCE,
        null,
        FuzzyDate.parse("2016"),
        new Source("", List.of(), "ISW assessment, 2016", SourceKind.ANALYST),
        null,
        null);
  }

  /** Iraq retakes Mosul. */
  public static Statement mosulRetaken() {
    return new Statement(
        new Subject.PlaceRef(MOSUL),
        "iraq",
        Status.CONTROLS,
        "isis",
        FuzzyDate.parse("2017-07-10"),
        new Source("Iraqi PM", List.of(), "", SourceKind.OFFICIAL_STATEMENT),
        Confidence.HIGH,
        "liberation declared");
  }

  public static Statement aboutPlace(long placeId) {
    return new Statement(
        new Subject.PlaceRef(placeId),
        "isis",
        Status.BESIEGED,
        "iraq",
        FuzzyDate.parse("2014-06"),
        Source.ofUrl("https://example.org/" + placeId, SourceKind.SATELLITE_IMAGERY),
        Confidence.MEDIUM,
        "");
  }

  public static Geometry wkt(String text) {
    try {
      return new WKTReader(Geometries.FACTORY).read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad fixture WKT: " + text, e);
    }
  }
}
