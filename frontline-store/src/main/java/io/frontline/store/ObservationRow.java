package io.frontline.store;

import io.frontline.observations.Confidence;
import io.frontline.observations.Grade;
import io.frontline.observations.Observation;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.timeline.FuzzyDate;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;

/**
 * How an {@link Observation} maps onto a row of the {@code observations} table and back. Reading reconstructs an
 * equal record: the date from its text form, the source URLs from a JSON array, the area from its geometry blob.
 */
final class ObservationRow {
  static final String COLUMNS =
      "id, geom, lineage, version, place_id, area_label, actor, status, from_actor, date, "
          + "date_start, precision, source_title, source_urls, source_citation, source_kind, confidence, note, "
          + "recorded_by, recorded_at, retracted, share, source_grade";
  /** One "?" per column, for an INSERT of every column. */
  static final String PLACEHOLDERS =
      String.join(", ", java.util.Collections.nCopies(COLUMNS.split(",").length, "?"));

  private ObservationRow() {}

  static void bind(PreparedStatement insert, Observation o, byte[] geometry) throws SQLException {
    Statement s = o.statement();
    insert.setLong(1, o.id());
    insert.setBytes(2, geometry);
    insert.setString(3, o.lineage());
    insert.setInt(4, o.version());
    bindSubject(insert, s.subject());
    insert.setString(7, s.actorId());
    insert.setString(8, s.status().code());
    insert.setString(9, s.fromActorId());
    insert.setString(10, s.date().toString());
    insert.setString(11, s.date().start().toString());
    insert.setString(12, s.date().precision().code());
    insert.setString(13, s.source().title());
    insert.setString(14, StoreJson.list(s.source().urls()));
    insert.setString(15, s.source().citation());
    insert.setString(16, s.source().kind().code());
    insert.setString(17, s.confidence().code());
    insert.setString(18, s.note());
    insert.setString(19, o.recordedBy());
    insert.setString(20, RecordClock.format(o.recordedAt()));
    insert.setInt(21, o.retracted() ? 1 : 0);
    if (s.share() == null) {
      insert.setNull(22, Types.REAL);
    } else {
      insert.setDouble(22, s.share());
    }
    insert.setString(23, s.source().grade() == null ? null : s.source().gradeCode());
  }

  static Observation read(ResultSet r, Path file) throws SQLException {
    try {
      return new Observation(
          r.getLong("id"),
          r.getString("lineage"),
          r.getInt("version"),
          statement(r),
          r.getString("recorded_by"),
          RecordClock.parse(r.getString("recorded_at")),
          r.getInt("retracted") == 1);
    } catch (IllegalArgumentException | DateTimeException e) {
      throw new StoreException(
          "store " + file + " has a malformed observation row " + r.getLong("id") + ": "
              + e.getMessage(),
          e);
    }
  }

  private static void bindSubject(PreparedStatement insert, Subject subject) throws SQLException {
    if (subject instanceof Subject.Area area) {
      insert.setNull(5, Types.INTEGER);
      insert.setString(6, area.label());
    } else {
      insert.setLong(5, ((Subject.PlaceRef) subject).placeId());
      insert.setNull(6, Types.VARCHAR);
    }
  }

  private static Statement statement(ResultSet r) throws SQLException {
    Source source = new Source(
        r.getString("source_title"),
        StoreJson.readList(r.getString("source_urls")),
        r.getString("source_citation"),
        SourceKind.parse(r.getString("source_kind")),
        grade(r));
    return new Statement(
        subject(r),
        r.getString("actor"),
        Status.parse(r.getString("status")),
        r.getString("from_actor"),
        FuzzyDate.parse(r.getString("date"), r.getString("precision")),
        source,
        Confidence.parse(r.getString("confidence")),
        r.getString("note"),
        share(r));
  }

  private static Grade grade(ResultSet r) throws SQLException {
    String code = r.getString("source_grade");
    return code == null || code.isBlank() ? null : Grade.parse(code);
  }

  private static Double share(ResultSet r) throws SQLException {
    double share = r.getDouble("share");
    return r.wasNull() ? null : share;
  }

  private static Subject subject(ResultSet r) throws SQLException {
    long placeId = r.getLong("place_id");
    if (!r.wasNull()) {
      return new Subject.PlaceRef(placeId);
    }
    return new Subject.Area(GpkgGeometry.decode(r.getBytes("geom")), r.getString("area_label"));
  }
}
