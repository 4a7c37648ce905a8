package io.frontline.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.frontline.events.Event;
import io.frontline.events.Fatalities;
import io.frontline.events.LocationPrecision;
import io.frontline.events.Side;
import io.frontline.geometry.Geometries;
import io.frontline.timeline.FuzzyDate;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/** The {@code events} feature table: one point row per event, unique by dataset and event id. */
final class EventTable {
  static final int BATCH = 5_000;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TypeReference<List<Map<String, String>>> SIDES = new TypeReference<>() {};
  private static final TypeReference<Map<String, Integer>> PARTS = new TypeReference<>() {};
  private static final String INSERT = "INSERT INTO events (geom, dataset, event_id, source, date,"
      + " date_precision, first_day, last_day, location_precision, country, location, event_type, sub_type, side_a,"
      + " actor_a, side_b, actor_b, sides, fatalities_best, fatalities_low, fatalities_high, fatalities_parts,"
      + " incidents, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SELECT =
      "SELECT geom, dataset, event_id, source, date, date_precision,"
          + " location_precision, country, location, event_type, sub_type, sides, fatalities_best, fatalities_low,"
          + " fatalities_high, fatalities_parts, incidents, notes FROM events";

  /** The R-tree's insert trigger, as migration V5 creates it; a batch drops it and restores it in its transaction. */
  private static final String RTREE_TRIGGER =
      "CREATE TRIGGER rtree_events_geom_insert AFTER INSERT ON events\n"
          + "  WHEN (new.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom))\n"
          + "BEGIN\n"
          + "  INSERT OR REPLACE INTO rtree_events_geom VALUES (\n"
          + "    NEW.fid,\n"
          + "    ST_MinX(NEW.geom), ST_MaxX(NEW.geom),\n"
          + "    ST_MinY(NEW.geom), ST_MaxY(NEW.geom)\n"
          + "  );\n"
          + "END";

  private static final String LAST_FID =
      "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'events'),"
          + " 0), coalesce((SELECT max(fid) FROM events), 0))";
  private static final String FIRST_DAY_INDEX =
      "CREATE INDEX events_first_day ON events (first_day)";
  /** From this many events a batch drops the date index and builds it again at the end, rather than growing it. */
  private static final int REBUILD_INDEX_FROM = 50_000;

  private final StoreConnection db;

  EventTable(StoreConnection db) {
    this.db = db;
  }

  /**
   * Inserts the events, skipping keys already stored; returns how many were new and grows {@code extent} by them.
   * A large batch keeps its pages in memory until it commits (no cache spill: each spill would sync the journal) and
   * builds the date index at the end. Rows go in along a Hilbert curve over their points (an R-tree fills twice as fast in that order), so their fids
   * follow space, not the list. Must run inside a write transaction: the R-tree's insert trigger (which calls back into Java five times a row) is
   * dropped for the batch and restored before it commits, and the R-tree rows are written directly, each with the fid
   * the row takes (AUTOINCREMENT gives each row inserted the next number; rows already stored are not inserted).
   */
  int add(List<Event> given, LongConsumer progress, Envelope extent) throws SQLException {
    List<Event> events = HilbertOrder.sorted(given);
    boolean large = events.size() >= REBUILD_INDEX_FROM;
    if (!large) {
      return insert(events, false, progress, extent);
    }
    db.execute("PRAGMA cache_spill = false");
    try {
      return insert(events, true, progress, extent);
    } finally {
      db.execute("PRAGMA cache_spill = true");
    }
  }

  private int insert(List<Event> events, boolean large, LongConsumer progress, Envelope extent)
      throws SQLException {
    long fid = db.queryLong(LAST_FID);
    db.execute("DROP TRIGGER rtree_events_geom_insert");
    if (large) {
      db.execute("DROP INDEX events_first_day");
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    int added = 0;
    try (PreparedStatement stored =
            db.prepare("SELECT 1 FROM events WHERE dataset = ? AND event_id = ?");
        PreparedStatement insert = db.prepare(INSERT);
        PreparedStatement rtree =
            db.prepare("INSERT INTO rtree_events_geom VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        if (seen.add(e.key()) && !exists(stored, e)) {
          bind(insert, e);
          insert.addBatch();
          index(rtree, ++fid, e);
          extent.expandToInclude(e.lon(), e.lat());
          added++;
        }
        if ((i + 1) % BATCH == 0 || i + 1 == events.size()) {
          insert.executeBatch();
          rtree.executeBatch();
          progress.accept(i + 1);
        }
      }
    }
    db.execute(RTREE_TRIGGER);
    if (large) {
      db.execute(FIRST_DAY_INDEX);
    }
    return added;
  }

  private static boolean exists(PreparedStatement stored, Event e) throws SQLException {
    stored.setString(1, e.dataset());
    stored.setString(2, e.eventId());
    try (ResultSet rows = stored.executeQuery()) {
      return rows.next();
    }
  }

  private static void index(PreparedStatement rtree, long fid, Event e) throws SQLException {
    rtree.setLong(1, fid);
    rtree.setDouble(2, e.lon());
    rtree.setDouble(3, e.lon());
    rtree.setDouble(4, e.lat());
    rtree.setDouble(5, e.lat());
    rtree.addBatch();
  }

  private static void bind(PreparedStatement s, Event e) throws SQLException {
    Point point = Geometries.FACTORY.createPoint(new Coordinate(e.lon(), e.lat()));
    s.setBytes(1, GpkgGeometry.encode(point));
    s.setString(2, e.dataset());
    s.setString(3, e.eventId());
    s.setString(4, e.source());
    s.setString(5, e.date().toString());
    s.setString(6, e.date().precision().code());
    s.setString(7, e.date().start().toString());
    s.setString(8, e.date().end().toString());
    s.setString(9, e.locationPrecision().code());
    s.setString(10, e.country());
    s.setString(11, e.location());
    s.setString(12, e.type());
    s.setString(13, e.subType());
    for (int i = 0; i < 2; i++) {
      Side side = i < e.sides().size() ? e.sides().get(i) : null;
      s.setString(14 + 2 * i, side == null ? null : side.name());
      s.setString(15 + 2 * i, side == null ? null : side.actorId());
    }
    s.setString(18, json(sides(e.sides())));
    Fatalities f = e.fatalities();
    for (int i = 0; i < 3; i++) {
      if (f == null) {
        s.setNull(19 + i, Types.INTEGER);
      } else {
        s.setInt(19 + i, i == 0 ? f.best() : i == 1 ? f.low() : f.high());
      }
    }
    s.setString(22, f == null || f.parts().isEmpty() ? null : json(f.sortedParts()));
    s.setInt(23, e.incidents());
    s.setString(24, e.notes());
  }

  /** Events whose period overlaps {@code from..to}, by date, dataset and id. */
  List<Event> between(LocalDate from, LocalDate to) throws SQLException {
    List<Event> out = new ArrayList<>();
    try (PreparedStatement select = db.prepare(SELECT + " WHERE first_day <= ? AND last_day >= ?"
        + " ORDER BY first_day, date_precision DESC, dataset, event_id")) {
      select.setString(1, to.toString());
      select.setString(2, from.toString());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          out.add(event(rows));
        }
      }
    }
    return out;
  }

  long count() throws SQLException {
    return db.queryLong("SELECT count(*) FROM events");
  }

  private static Event event(ResultSet r) throws SQLException {
    Point point = (Point) GpkgGeometry.decode(r.getBytes("geom"));
    FuzzyDate date = FuzzyDate.parse(r.getString("date"), r.getString("date_precision"));
    Fatalities fatalities = null;
    if (r.getObject("fatalities_best") != null) {
      String parts = r.getString("fatalities_parts");
      fatalities = new Fatalities(
          r.getInt("fatalities_best"),
          r.getInt("fatalities_low"),
          r.getInt("fatalities_high"),
          parts == null ? Map.of() : read(parts, PARTS));
    }
    List<Side> sides = new ArrayList<>();
    for (Map<String, String> side : read(r.getString("sides"), SIDES)) {
      String actor = side.get("actor");
      sides.add(
          actor == null
              ? new Side.Unmapped(side.get("name"))
              : new Side.Known(actor, side.get("name")));
    }
    return new Event(
        r.getString("dataset"),
        r.getString("event_id"),
        r.getString("source"),
        date,
        point.getX(),
        point.getY(),
        LocationPrecision.parse(r.getString("location_precision")),
        r.getString("country"),
        r.getString("location"),
        r.getString("event_type"),
        r.getString("sub_type"),
        sides,
        fatalities,
        r.getInt("incidents"),
        r.getString("notes"));
  }

  private static List<Map<String, String>> sides(List<Side> sides) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Side side : sides) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("name", side.name());
      if (side.actorId() != null) {
        m.put("actor", side.actorId());
      }
      out.add(m);
    }
    return out;
  }

  private static String json(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "malformed JSON in the events table: " + e.getOriginalMessage(), e);
    }
  }
}
