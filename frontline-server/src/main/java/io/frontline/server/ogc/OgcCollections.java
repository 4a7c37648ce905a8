package io.frontline.server.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.app.control.ControlArea;
import io.frontline.app.events.EventGround;
import io.frontline.app.events.EventQueries;
import io.frontline.formats.json.ObservationJson;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import io.frontline.server.api.MapRoutes;
import io.frontline.server.api.PlaceJson;
import io.frontline.server.engine.Backend;
import io.frontline.server.engine.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The collections: {@code control-areas} (the map of the date {@code datetime} names, one feature per holding),
 * {@code places} (the gazetteer), {@code observations} (the current version of each, a place as its point) and
 * {@code events} (conflict events with whose ground each was on).
 */
final class OgcCollections {
  private OgcCollections() {}

  static List<OgcCollection> all(Backend backend, Snapshot s) {
    return List.of(
        new ControlAreas(s), new Places(backend), new Observations(backend, s), new Events(s));
  }

  static String[] range(Snapshot s) {
    return s.dateRange()
        .map(r -> new String[] {r[0].toString(), r[1].toString()})
        .orElse(null);
  }

  static boolean in(Envelope bbox, Geometry g) {
    return bbox == null || g != null && bbox.intersects(g.getEnvelopeInternal());
  }

  /** The control map of a date; without datetime, of the last date with an observation. */
  record ControlAreas(Snapshot s) implements OgcCollection {
    public String id() {
      return "control-areas";
    }

    public String title() {
      return "Control areas";
    }

    public String description() {
      return "Who held which ground on the date given by datetime (default: the last observed date): one feature"
          + " per holding (actor and status) and basis (observed, stale: the deciding report is over a year old,"
          + " inferred between towns), dissolved; areas in geodesic km2.";
    }

    public String[] interval() {
      return range(s);
    }

    public List<Item> items(Envelope bbox, OgcDatetime datetime) {
      LocalDate fallback = s.dateRange().map(r -> r[1]).orElse(LocalDate.now());
      LocalDate day = datetime == null ? fallback : datetime.day(fallback);
      List<Item> out = new ArrayList<>();
      for (ControlArea a : s.areas(day)) {
        if (in(bbox, a.geometry())) {
          out.add(new Item(a.id(), a.geometry(), MapRoutes.areaProperties(s.actors(), a, day)));
        }
      }
      return out;
    }
  }

  /** The gazetteer's places. */
  record Places(Backend backend) implements OgcCollection {
    public String id() {
      return "places";
    }

    public String title() {
      return "Places";
    }

    public String description() {
      return "The gazetteer (GeoNames): settlements and other places with names, country and population.";
    }

    public String[] interval() {
      return null;
    }

    public List<Item> items(Envelope bbox, OgcDatetime datetime) {
      Envelope area = bbox == null ? new Envelope(-180, 180, -90, 90) : bbox;
      List<Item> out = new ArrayList<>();
      for (Place p : backend.store().placesWithin(area).stream()
          .sorted(Comparator.comparingLong(Place::id))
          .toList()) {
        out.add(new Item(
            Long.toString(p.id()),
            Geometries.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())),
            PlaceJson.of(p, "en")));
      }
      return out;
    }
  }

  /** The current observations, filtered by their date's period. */
  record Observations(Backend backend, Snapshot s) implements OgcCollection {
    public String id() {
      return "observations";
    }

    public String title() {
      return "Observations";
    }

    public String description() {
      return "Sourced observations of control (current versions): a place observation as the place's point, an"
          + " area observation as its polygon; datetime selects observations whose date's period overlaps it.";
    }

    public String[] interval() {
      return range(s);
    }

    public List<Item> items(Envelope bbox, OgcDatetime datetime) {
      List<Item> out = new ArrayList<>();
      for (Observation o : s.index().observations().stream()
          .sorted(Comparator.comparing(Observation::lineage))
          .toList()) {
        Geometry g = geometry(o);
        if (in(bbox, g)
            && (datetime == null
                || datetime.overlaps(
                    o.statement().date().start(), o.statement().date().end()))) {
          ObjectNode p = ObservationJson.of(o);
          p.remove("area_wkt");
          out.add(new Item(o.lineage(), g, p));
        }
      }
      return out;
    }

    private Geometry geometry(Observation o) {
      if (o.statement().subject() instanceof Subject.Area area) {
        return area.geometry();
      }
      long id = ((Subject.PlaceRef) o.statement().subject()).placeId();
      return backend
          .store()
          .findPlace(id)
          .map(p -> (Geometry) Geometries.FACTORY.createPoint(new Coordinate(p.lon(), p.lat())))
          .orElse(null);
    }
  }

  /** The conflict events whose date's period overlaps datetime, each with whose ground it was on. */
  record Events(Snapshot s) implements OgcCollection {
    static final LocalDate FIRST = LocalDate.of(1989, 1, 1);

    public String id() {
      return "events";
    }

    public String title() {
      return "Conflict events";
    }

    public String description() {
      return "Conflict events (UCDP GED, ACLED, strike releases) as points; datetime selects events whose date's"
          + " period overlaps it (a year-precise event overlaps its whole year). Properties: the event, and its"
          + " ground: who held the point over the event's date, the deciding observation's lineage and source.";
    }

    public String[] interval() {
      return new String[] {FIRST.toString(), LocalDate.now().toString()};
    }

    public List<Item> items(Envelope bbox, OgcDatetime datetime) {
      LocalDate from = datetime == null ? FIRST : datetime.start().orElse(FIRST);
      LocalDate to = datetime == null ? LocalDate.now() : datetime.end().orElse(LocalDate.now());
      if (to.isBefore(from)) {
        return List.of();
      }
      EventQueries.Query q = new EventQueries.Query(
          from,
          to,
          Optional.empty(),
          Optional.empty(),
          Optional.ofNullable(bbox),
          0,
          EventQueries.MAX_LIMIT);
      List<Item> out = new ArrayList<>();
      for (EventGround e : EventQueries.events(s, q).events()) {
        out.add(new Item(
            e.event().key(),
            Geometries.FACTORY.createPoint(
                new Coordinate(e.event().lon(), e.event().lat())),
            e.toJson()));
      }
      return out;
    }
  }
}
