package io.frontline.store;

import io.frontline.observations.Observation;
import io.frontline.observations.Statement;
import io.frontline.observations.Subject;
import io.frontline.refusals.Refusal;
import io.frontline.timeline.RecordTime;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Envelope;

/**
 * The append-only {@code observations} feature table: one row per version, never updated or deleted (triggers
 * refuse both). The geometry column holds the area of an area observation and, for a place observation, the
 * place's point when the version was recorded, so GIS tools can draw every version; {@code place_id} stays the
 * reference.
 */
final class ObservationTable {
  private static final String STAGE = "INSERT INTO temp.observation_stage ("
      + ObservationRow.COLUMNS + ") VALUES (" + ObservationRow.PLACEHOLDERS + ")";
  private static final String MOVE = "INSERT INTO observations (" + ObservationRow.COLUMNS
      + ") SELECT " + ObservationRow.COLUMNS + " FROM temp.observation_stage ORDER BY id";
  private static final String AS_OF = "SELECT " + ObservationRow.COLUMNS + " FROM observations o "
      + "WHERE o.recorded_at <= ?1 AND o.retracted = 0 AND NOT EXISTS (SELECT 1 FROM observations n "
      + "WHERE n.lineage = o.lineage AND n.version > o.version AND n.recorded_at <= ?1) ORDER BY o.id";
  private static final int CHUNK = 50_000;
  /** Rows bound before the driver is told to run them: its batch keeps every bound value until then. */
  private static final int BATCH = 500;

  private final StoreConnection db;
  private final PlaceTable places;
  /**
   * Rows already made into observations, in id order: those of the last "as of" read, then those written since (a
   * write takes ids above every row's). A row is never changed, so its id always reads the same; a rebuild after a
   * write then makes only the rows it has not seen. A sorted list rather than a map: no entry or boxed id per row.
   */
  private final List<Observation> known = new ArrayList<>();

  ObservationTable(StoreConnection db, PlaceTable places) {
    this.db = db;
    this.places = places;
  }

  /** Version 1 of a new lineage per statement, in order; unknown places are refused before anything is written. */
  List<Observation> addNew(List<Statement> statements, String recordedBy, Instant at)
      throws SQLException {
    List<byte[]> geometries = geometries(statements);
    long nextId = nextId();
    List<Observation> added = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      added.add(new Observation(
          nextId++, UUID.randomUUID().toString(), 1, statement, recordedBy, at, false));
    }
    insert(added, geometries);
    return added;
  }

  /** The next version of a lineage. */
  Observation addVersion(
      Observation previous, Statement statement, String recordedBy, Instant at, boolean retracted)
      throws SQLException {
    List<byte[]> geometry = geometries(List.of(statement));
    Observation next = new Observation(
        nextId(), previous.lineage(), previous.version() + 1, statement, recordedBy, at, retracted);
    insert(List.of(next), geometry);
    return next;
  }

  Optional<Observation> latest(String lineage) throws SQLException {
    List<Observation> versions = versions(lineage);
    return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
  }

  List<Observation> versions(String lineage) throws SQLException {
    try (PreparedStatement select = db.prepare("SELECT " + ObservationRow.COLUMNS
        + " FROM observations WHERE lineage = ? ORDER BY version")) {
      select.setString(1, lineage);
      return read(select);
    }
  }

  /** Lineage ids that start with {@code prefix}, retracted ones included, at most {@code limit}, in order. */
  List<String> lineagesStartingWith(String prefix, int limit) throws SQLException {
    try (PreparedStatement select =
        db.prepare("SELECT DISTINCT lineage FROM observations WHERE lineage >= ?1"
            + " AND substr(lineage, 1, length(?1)) = ?1 ORDER BY lineage LIMIT ?2")) {
      select.setString(1, prefix);
      select.setInt(2, limit);
      List<String> found = new java.util.ArrayList<>();
      try (java.sql.ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          found.add(rows.getString(1));
        }
      }
      return found;
    }
  }

  /** The latest version per lineage recorded at or before {@code asOf}, retracted lineages left out, by id. */
  List<Observation> asOf(RecordTime asOf) throws SQLException {
    try (PreparedStatement select = db.prepare(AS_OF)) {
      select.setString(1, RecordClock.upperBound(asOf));
      List<Observation> found = read(select);
      known.clear();
      known.addAll(found);
      return found;
    }
  }

  /** Notes observations whose rows are committed, so that the next read reuses them. */
  void remember(List<Observation> written) {
    for (Observation o : written) {
      if (known.isEmpty() || o.id() > known.get(known.size() - 1).id()) {
        known.add(o);
      }
    }
  }

  private Observation known(long id) {
    int low = 0;
    int high = known.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      long at = known.get(middle).id();
      if (at == id) {
        return known.get(middle);
      }
      if (at < id) {
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return null;
  }

  /** The last record time at or before {@code asOf} and the first after it (indexed on recorded_at). */
  RecordSpan span(RecordTime asOf) throws SQLException {
    String bound = RecordClock.upperBound(asOf);
    return new RecordSpan(
        recordTime("SELECT max(recorded_at) FROM observations WHERE recorded_at <= ?", bound),
        recordTime("SELECT min(recorded_at) FROM observations WHERE recorded_at > ?", bound));
  }

  private String recordTime(String sql, String bound) throws SQLException {
    try (PreparedStatement select = db.prepare(sql)) {
      select.setString(1, bound);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  Optional<Instant> lastRecordedAt() throws SQLException {
    return db.queryString("SELECT max(recorded_at) FROM observations").map(RecordClock::parse);
  }

  Optional<Instant> firstRecordedAt() throws SQLException {
    return db.queryString("SELECT min(recorded_at) FROM observations").map(RecordClock::parse);
  }

  /**
   * Inserts the rows and notes the change in gpkg_contents. Chunks are batched into a TEMP staging table and moved
   * with one INSERT ... SELECT each, so the R-tree triggers run inside one statement per chunk, several times faster
   * than a statement per row. The staging inserts run every {@link #BATCH} rows, so the driver never holds a large
   * import's values all at once (long-lived garbage that a server's collector would copy while it answers reads).
   */
  private void insert(List<Observation> rows, List<byte[]> geometries) throws SQLException {
    Envelope extent = new Envelope();
    db.execute(
        "CREATE TEMP TABLE IF NOT EXISTS observation_stage AS SELECT * FROM main.observations WHERE 0");
    try (PreparedStatement stage = db.prepare(STAGE)) {
      for (int from = 0; from < rows.size(); from += CHUNK) {
        db.execute("DELETE FROM temp.observation_stage");
        for (int i = from; i < Math.min(rows.size(), from + CHUNK); i++) {
          ObservationRow.bind(stage, rows.get(i), geometries.get(i));
          stage.addBatch();
          extent.expandToInclude(GpkgGeometry.envelope(geometries.get(i)));
          if ((i - from + 1) % BATCH == 0) {
            stage.executeBatch();
          }
        }
        stage.executeBatch();
        db.execute(MOVE);
      }
    }
    db.execute("DELETE FROM temp.observation_stage");
    Gpkg.touch(db, "observations", rows.get(0).recordedAt(), extent);
  }

  private List<byte[]> geometries(List<Statement> statements) throws SQLException {
    Map<Long, byte[]> points = new HashMap<>();
    List<byte[]> geometries = new ArrayList<>(statements.size());
    for (Statement statement : statements) {
      geometries.add(geometry(statement.subject(), points));
    }
    return geometries;
  }

  private byte[] geometry(Subject subject, Map<Long, byte[]> points) throws SQLException {
    if (subject instanceof Subject.Area area) {
      return GpkgGeometry.encode(area.geometry());
    }
    long placeId = ((Subject.PlaceRef) subject).placeId();
    byte[] point = points.get(placeId);
    if (point == null) {
      point =
          places.point(placeId).orElseThrow(() -> Refusal.notFound("unknown place id " + placeId));
      points.put(placeId, point);
    }
    return point;
  }

  private long nextId() throws SQLException {
    return db.queryLong("SELECT coalesce(max(id), 0) + 1 FROM observations");
  }

  private List<Observation> read(PreparedStatement select) throws SQLException {
    List<Observation> observations = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        Observation seen = known(rows.getLong("id"));
        observations.add(seen != null ? seen : ObservationRow.read(rows, db.file()));
      }
    }
    return observations;
  }
}
