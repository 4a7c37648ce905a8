package io.frontline.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The schema history of a store: numbered SQL scripts applied in order, each recorded in
 * {@code frontline_migrations(version, name, applied_at)}. Opening applies the pending ones in one transaction, so a
 * store is either fully migrated or left as it was; a store newer than the code is refused, as is any file that is
 * not a Frontline store (a foreign SQLite database, a plain GeoPackage, a text file).
 */
final class Migrations {
  private static final List<String> BUNDLED = List.of(
      "V1__gpkg_core.sql",
      "V2__frontline.sql",
      "V3__spatial_index.sql",
      "V4__shares_and_grades.sql",
      "V5__events.sql",
      "V6__suggestions.sql");
  private static final String HISTORY = "CREATE TABLE IF NOT EXISTS frontline_migrations ("
      + "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

  private final List<Migration> steps;

  Migrations(List<Migration> steps) {
    this.steps = List.copyOf(steps);
    for (int i = 0; i < this.steps.size(); i++) {
      if (this.steps.get(i).version() != i + 1) {
        throw new IllegalArgumentException("migrations must be numbered 1, 2, 3...; found V"
            + this.steps.get(i).version() + " at position " + (i + 1));
      }
    }
  }

  /** The migrations shipped with this Frontline. */
  static Migrations bundled() {
    return new Migrations(BUNDLED.stream().map(Migration::load).toList());
  }

  /** The first {@code version} migrations: the schema of an older Frontline. */
  Migrations upTo(int version) {
    return new Migrations(steps.subList(0, version));
  }

  int latest() {
    return steps.size();
  }

  /** Brings the store to the latest schema; returns the version it had before. */
  int apply(StoreConnection db) {
    int current = db.read("read the schema version", () -> current(db));
    if (current > latest()) {
      throw new StoreException("cannot open store " + db.file() + ": store schema version "
          + current + " is newer than this Frontline (" + latest() + "); upgrade Frontline");
    }
    db.read("switch to the rollback journal", () -> {
      db.execute("PRAGMA journal_mode = DELETE");
      return null;
    });
    if (current < latest()) {
      db.write("migrate the schema", () -> migrate(db, current));
    }
    return current;
  }

  private Void migrate(StoreConnection db, int current) throws SQLException {
    db.execute(HISTORY);
    for (Migration step : steps.subList(current, steps.size())) {
      try {
        db.execute(step.sql());
      } catch (SQLException e) {
        throw new StoreException(
            "cannot migrate store " + db.file() + " to schema version " + step.version() + " ("
                + step.name() + "): " + e.getMessage(),
            e);
      }
      remember(db, step);
    }
    return null;
  }

  private static void remember(StoreConnection db, Migration step) throws SQLException {
    try (PreparedStatement insert = db.prepare(
        "INSERT INTO frontline_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
      insert.setInt(1, step.version());
      insert.setString(2, step.name());
      insert.setString(3, RecordClock.format(Instant.now()));
      insert.executeUpdate();
    }
  }

  /** The schema version of the file: 0 for an empty database; refuses files that are not Frontline stores. */
  private static int current(StoreConnection db) throws SQLException {
    long tables;
    try {
      tables = db.queryLong("SELECT count(*) FROM sqlite_master");
    } catch (SQLException e) {
      if (StoreConnection.isNotADatabase(e)) {
        throw StoreConnection.notAGeoPackage(db.file(), e);
      }
      throw e;
    }
    if (tables == 0) {
      return 0;
    }
    if (db.queryLong(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'frontline_migrations'")
        == 0) {
      throw new StoreException("cannot open store " + db.file() + ": it is " + kind(db)
          + " but not a Frontline store (it has no frontline_migrations table)");
    }
    return (int) db.queryLong("SELECT coalesce(max(version), 0) FROM frontline_migrations");
  }

  private static String kind(StoreConnection db) throws SQLException {
    return db.queryLong("PRAGMA application_id") == Gpkg.APPLICATION_ID
        ? "a GeoPackage"
        : "an SQLite database";
  }
}
