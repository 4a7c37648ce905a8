package io.frontline.benchmarks.peer;

import io.frontline.control.ControlIndex;
import io.frontline.control.Footprint;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.observations.Subject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies one scenario into PostGIS: the rule's parameter (implied days), Frontline's footprints as geometries (exact
 * coordinates, through WKB), the observations with the ranks of the resolution rule, and the gazetteer places; then
 * builds the GiST and b-tree indexes and analyzes the tables.
 */
final class PeerLoader {
  private static final GeometryFactory POINTS = new GeometryFactory();
  private final Connection db;
  private final WKBWriter wkb = new WKBWriter(2);

  PeerLoader(Connection db) {
    this.db = db;
  }

  void load(ControlIndex index, List<Place> gazetteer) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String sql : Sql.statements("schema.sql")) {
        st.execute(sql);
      }
    }
    copy("rule (implied_days)", index.zones().impliedDays() + "\n");
    copy("footprint (key, place_id, population, geom)", footprints(index.footprints()));
    copy("observation (id, footprint, actor, status, from_actor, date_start, precision_rank, confidence_rank,"
        + " recorded_order)", observations(index.observations()));
    copy("settlement (id, population, is_settlement, pt)", settlements(gazetteer));
    try (Statement st = db.createStatement()) {
      for (String sql : Sql.statements("indexes.sql")) {
        st.execute(sql);
      }
    }
  }

  private void copy(String table, String rows) throws SQLException {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    try {
      copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy rows into " + table, e);
    }
  }

  private String footprints(List<Footprint> footprints) {
    StringBuilder out = new StringBuilder();
    for (Footprint f : footprints) {
      out.append(f.key()).append('\t').append(f.placeId()).append('\t').append(f.population()).append('\t')
          .append(ewkb(f.geometry())).append('\n');
    }
    return out.toString();
  }

  /** Observation rows; recorded order is the rank by record time, then id (Frontline's last tie-breaks). */
  static String observations(List<Observation> observations) {
    List<Observation> byRecord = observations.stream()
        .sorted(Comparator.comparing(Observation::recordedAt).thenComparingLong(Observation::id)).toList();
    StringBuilder out = new StringBuilder();
    for (int order = 0; order < byRecord.size(); order++) {
      Observation o = byRecord.get(order);
      io.frontline.observations.Statement s = o.statement();
      out.append(o.id()).append('\t').append(footprintKey(o)).append('\t').append(s.actorId()).append('\t')
          .append(s.status().code()).append('\t').append(s.fromActorId() == null ? "\\N" : s.fromActorId())
          .append('\t').append(s.date().start()).append('\t').append(s.date().precision().ordinal()).append('\t')
          .append(s.confidence().ordinal()).append('\t').append(order).append('\n');
    }
    return out.toString();
  }

  /** The key of the footprint an observation speaks of, as {@link io.frontline.control.ControlIndexBuilder} makes it. */
  static String footprintKey(Observation o) {
    Subject subject = o.statement().subject();
    return subject instanceof Subject.PlaceRef ref ? "place:" + ref.placeId() : "area:" + o.lineage();
  }

  private String settlements(List<Place> places) {
    StringBuilder out = new StringBuilder();
    for (Place p : places) {
      Geometry pt = POINTS.createPoint(new Coordinate(p.lon(), p.lat()));
      out.append(p.id()).append('\t').append(p.population()).append('\t').append(p.isSettlement() ? 't' : 'f')
          .append('\t').append(ewkb(pt)).append('\n');
    }
    return out.toString();
  }

  private String ewkb(Geometry g) {
    return "SRID=4326;" + WKBWriter.toHex(wkb.write(g));
  }
}
