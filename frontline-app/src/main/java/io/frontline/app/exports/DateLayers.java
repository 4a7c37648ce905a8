package io.frontline.app.exports;

import io.frontline.actors.Actor;
import io.frontline.actors.Actors;
import io.frontline.app.View;
import io.frontline.app.control.ControlArea;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The data of one date as two layers, with the same columns in every format and on every path (export, map route,
 * OGC collection): the control areas (dissolved per holding and basis) and the settlements with their holders and the
 * observation that decided each.
 */
public record DateLayers(
    LocalDate date,
    Actors actors,
    List<ControlArea> areas,
    List<SiteRow> settlements,
    String asOf,
    long storeRevision) {
  /** A control area's columns and their SQL types, in order. */
  public static final Map<String, String> AREA_COLUMNS = columns(
      "date TEXT",
      "actor TEXT",
      "actor_name TEXT",
      "colour TEXT",
      "status TEXT",
      "other TEXT",
      "other_colour TEXT",
      "area_km2 REAL",
      "implied_km2 REAL",
      "basis TEXT",
      "age_days INTEGER",
      "oldest_days INTEGER");
  /** A settlement's columns and their SQL types, in order. */
  public static final Map<String, String> SETTLEMENT_COLUMNS = columns(
      "place_id INTEGER",
      "name TEXT",
      "country TEXT",
      "lat REAL",
      "lon REAL",
      "population INTEGER",
      "holder TEXT",
      "status TEXT",
      "other TEXT",
      "date TEXT",
      "observation TEXT",
      "observed_on TEXT",
      "source TEXT",
      "implied INTEGER");

  private static final String NO_COLOUR = "#999999";

  public DateLayers {
    areas = List.copyOf(areas);
    settlements = List.copyOf(settlements);
  }

  /** One settlement's holding on the date. */
  public record SiteRow(Site site, Holding holding) {
    public Place place() {
      return site.place();
    }

    public Point point() {
      return Geometries.FACTORY.createPoint(
          new Coordinate(place().lon(), place().lat()));
    }
  }

  public static DateLayers of(View view, LocalDate date) {
    List<SiteRow> rows = new ArrayList<>();
    for (Site site : view.index().sites()) {
      site.at(date).ifPresent(h -> rows.add(new SiteRow(site, h)));
    }
    return new DateLayers(
        date, view.actors(), view.areas(date), rows, view.asOf().toString(), view.revision());
  }

  /** A control area's values, keyed by {@link #AREA_COLUMNS}. */
  public Map<String, Object> properties(ControlArea a) {
    return properties(actors, a, date);
  }

  /** A control area's values on {@code date}, keyed by {@link #AREA_COLUMNS}. */
  public static Map<String, Object> properties(Actors actors, ControlArea a, LocalDate date) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("date", date.toString());
    p.put("actor", a.holder());
    p.put("actor_name", name(actors, a.holder()));
    p.put("colour", colour(actors, a.holder()));
    p.put("status", a.status().code());
    p.put("other", a.other());
    p.put("other_colour", a.other() == null ? null : colour(actors, a.other()));
    p.put("area_km2", a.area_km2());
    p.put("implied_km2", a.implied_km2());
    p.put("basis", a.basis().code());
    p.put("age_days", a.age_days());
    p.put("oldest_days", a.oldest_days());
    return p;
  }

  /**
   * A settlement's values, keyed by {@link #SETTLEMENT_COLUMNS}: {@code date} is the map's date, {@code observed_on}
   * the date of the observation that decided the holding; {@code implied} is a boolean.
   */
  public Map<String, Object> properties(SiteRow r) {
    Place place = r.place();
    Statement s = r.holding().decidedBy().statement();
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("place_id", place.id());
    p.put("name", place.name());
    p.put("country", place.country());
    p.put("lat", place.lat());
    p.put("lon", place.lon());
    p.put("population", place.population());
    p.put("holder", r.holding().holder());
    p.put("status", r.holding().status().code());
    p.put("other", r.holding().other());
    p.put("date", date.toString());
    p.put("observation", r.holding().decidedBy().observation().lineage());
    p.put("observed_on", s.date().toString());
    p.put("source", String.join(" ", s.source().urls()));
    p.put("implied", r.holding().decidedBy().implied());
    return p;
  }

  /** An actor's name, the id itself for an unknown one, null for none. */
  public static String name(Actors actors, String id) {
    return id == null ? null : actors.find(id).map(Actor::name).orElse(id);
  }

  /** An actor's colour, grey for none or an unknown one. */
  public static String colour(Actors actors, String id) {
    return id == null ? NO_COLOUR : actors.find(id).map(Actor::colour).orElse(NO_COLOUR);
  }

  private static Map<String, String> columns(String... specs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String spec : specs) {
      String[] parts = spec.split(" ");
      out.put(parts[0], parts[1]);
    }
    return java.util.Collections.unmodifiableMap(out);
  }
}
