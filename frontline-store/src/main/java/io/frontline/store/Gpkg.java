package io.frontline.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.function.ToDoubleFunction;
import org.locationtech.jts.geom.Envelope;
import org.sqlite.Function;

/**
 * GeoPackage bookkeeping beyond the schema scripts: the file's identity (application_id 'GPKG', user_version 10300
 * for GeoPackage 1.3), the SQL functions the R-tree index triggers call ({@code ST_IsEmpty}, {@code ST_MinX},
 * {@code ST_MaxX}, {@code ST_MinY}, {@code ST_MaxY}, read from the geometry blob header), and the
 * {@code gpkg_contents} row of a table after a write (last change and extent).
 */
final class Gpkg {
  static final int APPLICATION_ID = 0x47504B47;
  static final int USER_VERSION = 10300;
  private static final String TOUCH =
      "UPDATE gpkg_contents SET last_change = ?1 WHERE table_name = ?2";
  private static final String GROW = "UPDATE gpkg_contents SET last_change = ?1, "
      + "min_x = min(coalesce(min_x, ?3), ?3), max_x = max(coalesce(max_x, ?4), ?4), "
      + "min_y = min(coalesce(min_y, ?5), ?5), max_y = max(coalesce(max_y, ?6), ?6) WHERE table_name = ?2";

  private Gpkg() {}

  /** Registers the GeoPackage minimal runtime functions the spatial index triggers need on a connection. */
  static void registerFunctions(Connection connection) throws SQLException {
    create(connection, "ST_IsEmpty", new IsEmpty());
    create(connection, "ST_MinX", new Bound(Envelope::getMinX));
    create(connection, "ST_MaxX", new Bound(Envelope::getMaxX));
    create(connection, "ST_MinY", new Bound(Envelope::getMinY));
    create(connection, "ST_MaxY", new Bound(Envelope::getMaxY));
  }

  /** Records a change to a table in gpkg_contents: the time and, for features, the grown extent (may be null). */
  static void touch(StoreConnection db, String table, Instant at, Envelope added)
      throws SQLException {
    boolean grow = added != null && !added.isNull();
    try (PreparedStatement update = db.prepare(grow ? GROW : TOUCH)) {
      update.setString(1, RecordClock.format(at));
      update.setString(2, table);
      if (grow) {
        update.setDouble(3, added.getMinX());
        update.setDouble(4, added.getMaxX());
        update.setDouble(5, added.getMinY());
        update.setDouble(6, added.getMaxY());
      }
      update.executeUpdate();
    }
  }

  private static void create(Connection connection, String name, Function function)
      throws SQLException {
    Function.create(connection, name, function, 1, Function.FLAG_DETERMINISTIC);
  }

  /** ST_IsEmpty(geom): 1 when the blob's header marks it empty, NULL for NULL. */
  private static final class IsEmpty extends Function {
    @Override
    protected void xFunc() throws SQLException {
      byte[] blob = value_blob(0);
      if (blob == null) {
        result();
        return;
      }
      try {
        result(GpkgGeometry.isEmpty(blob) ? 1 : 0);
      } catch (IllegalArgumentException e) {
        error("ST_IsEmpty: " + e.getMessage());
      }
    }
  }

  /** ST_MinX and friends: one bound of the blob's envelope, NULL for NULL or empty geometries. */
  private static final class Bound extends Function {
    private final ToDoubleFunction<Envelope> bound;

    Bound(ToDoubleFunction<Envelope> bound) {
      this.bound = bound;
    }

    @Override
    protected void xFunc() throws SQLException {
      byte[] blob = value_blob(0);
      try {
        Envelope envelope = blob == null ? null : GpkgGeometry.envelope(blob);
        if (envelope == null || envelope.isNull()) {
          result();
        } else {
          result(bound.applyAsDouble(envelope));
        }
      } catch (IllegalArgumentException e) {
        error("ST bound: " + e.getMessage());
      }
    }
  }
}
