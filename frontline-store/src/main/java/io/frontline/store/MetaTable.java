package io.frontline.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The {@code frontline_meta(key, value)} table: free-form settings for any module, plus the store's revision
 * counter under the reserved key {@value #REVISION}, which only grows.
 */
final class MetaTable {
  static final String REVISION = "revision";

  private final StoreConnection db;

  MetaTable(StoreConnection db) {
    this.db = db;
  }

  Optional<String> get(String key) throws SQLException {
    try (PreparedStatement select = db.prepare("SELECT value FROM frontline_meta WHERE key = ?")) {
      select.setString(1, key);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  void put(String key, String value) throws SQLException {
    try (PreparedStatement upsert =
        db.prepare("INSERT INTO frontline_meta (key, value) VALUES (?, ?) "
            + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
      upsert.setString(1, key);
      upsert.setString(2, value);
      upsert.executeUpdate();
    }
  }

  long revision() throws SQLException {
    return get(REVISION)
        .map(Long::parseLong)
        .orElseThrow(() -> new StoreException("store " + db.file() + " has no revision counter"));
  }

  void bumpRevision() throws SQLException {
    put(REVISION, Long.toString(revision() + 1));
  }
}
