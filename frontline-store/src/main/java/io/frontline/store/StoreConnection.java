package io.frontline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The one SQLite connection of a store, and its transactions. Writes run in {@code BEGIN IMMEDIATE} transactions in
 * the default rollback-journal mode with full sync, so a write is all or nothing even if the process is killed.
 * SQLite errors become {@link StoreException}s naming the file; runtime exceptions from the work roll back and pass
 * through unchanged. Not thread-safe: the store serialises calls.
 */
final class StoreConnection implements AutoCloseable {
  private static final int BUSY_TIMEOUT_MS = 5_000;
  /** Page cache in KiB (a negative cache_size): large imports touch indexes at random and thrash a small cache. */
  private static final int CACHE_KIB = 128 * 1024;

  private final Path file;
  private final Connection connection;

  private StoreConnection(Path file, Connection connection) {
    this.file = file;
    this.connection = connection;
  }

  /** Work against the connection that may throw SQLException. */
  @FunctionalInterface
  interface SqlWork<T> {
    T run() throws SQLException;
  }

  static StoreConnection open(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (Files.isDirectory(file)) {
      throw new StoreException("cannot open store " + file + ": it is a directory");
    }
    if (file.toString().contains("?")) {
      throw new StoreException(
          "cannot open store " + file + ": the SQLite driver reads '?' in a path as "
              + "the start of connection options; rename the file");
    }
    if (parent != null && !Files.isDirectory(parent)) {
      throw new StoreException(
          "cannot open store " + file + ": directory " + parent + " does not exist");
    }
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setCacheSize(-CACHE_KIB);
    config.setTempStore(SQLiteConfig.TempStore.MEMORY);
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    try {
      return new StoreConnection(
          file, config.createConnection("jdbc:sqlite:" + file.toAbsolutePath()));
    } catch (SQLException e) {
      if (isNotADatabase(e)) {
        throw notAGeoPackage(file, e);
      }
      throw new StoreException("cannot open store " + file + ": " + e.getMessage(), e);
    }
  }

  /** The caller's mistake of naming a file that is not an SQLite database at all. */
  static StoreException notAGeoPackage(Path file, SQLException e) {
    return new StoreException(
        "cannot open store " + file
            + ": it is not a GeoPackage (the file is not an SQLite database)",
        e);
  }

  Path file() {
    return file;
  }

  Connection jdbc() {
    return connection;
  }

  PreparedStatement prepare(String sql) throws SQLException {
    return connection.prepareStatement(sql);
  }

  /** Runs read-only work. */
  <T> T read(String action, SqlWork<T> work) {
    try {
      return work.run();
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  /** Runs work in one write transaction: committed when it returns, rolled back when it throws. */
  <T> T write(String action, SqlWork<T> work) {
    begin(action);
    T result;
    try {
      result = work.run();
      connection.commit();
    } catch (SQLException e) {
      throw abandon(failure(action, e));
    } catch (RuntimeException e) {
      throw abandon(e);
    } catch (Error e) {
      throw abandon(e);
    }
    end(action);
    return result;
  }

  /** Executes a script of one or more statements. */
  void execute(String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate(sql);
    }
  }

  /** The first column of the first row, if there is a row and its value is not NULL. */
  Optional<String> queryString(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.empty();
    }
  }

  long queryLong(String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** A StoreException for a failed action, in words: locked, damaged, not a database, or SQLite's message. */
  StoreException failure(String action, SQLException e) {
    return new StoreException("cannot " + action + " in store " + file + ": " + explain(e), e);
  }

  static boolean isNotADatabase(SQLException e) {
    return (e.getErrorCode() & 0xFF) == SQLiteErrorCode.SQLITE_NOTADB.code;
  }

  private static String explain(SQLException e) {
    int code = e.getErrorCode() & 0xFF;
    if (code == SQLiteErrorCode.SQLITE_BUSY.code || code == SQLiteErrorCode.SQLITE_LOCKED.code) {
      return "the file is locked by another connection or process (" + e.getMessage() + ")";
    }
    if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
      return "the file is damaged (" + e.getMessage() + ")";
    }
    if (code == SQLiteErrorCode.SQLITE_READONLY.code
        || code == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
      return "the file cannot be written (" + e.getMessage() + ")";
    }
    return e.getMessage();
  }

  private void begin(String action) {
    try {
      connection.setAutoCommit(false);
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  private void end(String action) {
    try {
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      throw failure(action, e);
    }
  }

  private <E extends Throwable> E abandon(E cause) {
    try {
      connection.rollback();
      connection.setAutoCommit(true);
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
    return cause;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
    }
  }
}
