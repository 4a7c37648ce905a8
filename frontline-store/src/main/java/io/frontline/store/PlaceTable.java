package io.frontline.store;

import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * The gazetteer: the {@code places} feature table (GeoNames id as primary key, a point geometry) and the
 * {@code place_names} search index, which holds the {@link NameKey} of every name, alternate name and language name
 * of a place. Putting a place replaces it and its search keys.
 */
final class PlaceTable {
  private static final String COLUMNS = "p.id, p.name, p.alternate_names, p.names, p.lat, p.lon, p.feature_class, "
      + "p.feature_code, p.country, p.admin1, p.population";
  private static final String UPDATE = "UPDATE places SET geom = ?, name = ?, alternate_names = ?, names = ?, "
      + "lat = ?, lon = ?, feature_class = ?, feature_code = ?, country = ?, admin1 = ?, population = ? WHERE id = ?";
  private static final String INSERT = "INSERT INTO places (geom, name, alternate_names, names, lat, lon, "
      + "feature_class, feature_code, country, admin1, population, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String SEARCH = "SELECT " + COLUMNS + ", max(n.key = ?1) AS exact "
      + "FROM place_names n JOIN places p ON p.id = n.place_id WHERE n.key >= ?1 AND n.key < ?2 "
      + "GROUP BY p.id ORDER BY exact DESC, p.population DESC, p.id LIMIT ?3";
  /** Sorts after every search key: keys hold only letters and digits, and U+10FFFF is neither. */
  private static final String KEY_END = new String(Character.toChars(0x10FFFF));
  private static final int CHUNK = 50_000;

  private final StoreConnection db;

  PlaceTable(StoreConnection db) {
    this.db = db;
  }

  /**
   * Inserts or replaces the places (the last wins when an id repeats); returns their extent. Existing rows are
   * updated and new ones inserted, rather than upserted, because the GeoPackage 1.3 R-tree triggers fail under an
   * UPSERT's conflict clause.
   */
  Envelope put(Collection<Place> places) throws SQLException {
    Map<Long, Place> byId = new LinkedHashMap<>();
    places.forEach(p -> byId.put(p.id(), p));
    List<Place> unique = List.copyOf(byId.values());
    Envelope extent = new Envelope();
    try (PreparedStatement dropKeys = db.prepare("DELETE FROM place_names WHERE place_id = ?");
        PreparedStatement update = db.prepare(UPDATE);
        PreparedStatement insert = db.prepare(INSERT);
        PreparedStatement addKey = db.prepare("INSERT OR IGNORE INTO place_names (key, place_id) VALUES (?, ?)")) {
      for (int from = 0; from < unique.size(); from += CHUNK) {
        List<Place> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
        replace(chunk, dropKeys, update, insert);
        addKeys(chunk, addKey);
        chunk.forEach(p -> extent.expandToInclude(p.lon(), p.lat()));
      }
    }
    return extent;
  }

  Optional<Place> find(long id) throws SQLException {
    try (PreparedStatement select = db.prepare("SELECT " + COLUMNS + " FROM places p WHERE p.id = ?")) {
      select.setLong(1, id);
      List<Place> found = read(select);
      return found.stream().findFirst();
    }
  }

  /** The stored point geometry blob of a place. */
  Optional<byte[]> point(long id) throws SQLException {
    try (PreparedStatement select = db.prepare("SELECT geom FROM places WHERE id = ?")) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
      }
    }
  }

  /** Exact key matches first, then prefix matches; most populous first within each. */
  List<Place> search(String query, int limit) throws SQLException {
    String key = NameKey.of(query);
    if (key.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement select = db.prepare(SEARCH)) {
      select.setString(1, key);
      select.setString(2, key + KEY_END);
      select.setInt(3, limit);
      return read(select);
    }
  }

  /** Places inside the lon/lat envelope (edges included), by id. */
  List<Place> within(Envelope lonLat) throws SQLException {
    try (PreparedStatement select = db.prepare("SELECT " + COLUMNS + " FROM places p "
        + "WHERE p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? ORDER BY p.id")) {
      select.setDouble(1, lonLat.getMinY());
      select.setDouble(2, lonLat.getMaxY());
      select.setDouble(3, lonLat.getMinX());
      select.setDouble(4, lonLat.getMaxX());
      return read(select);
    }
  }

  long count() throws SQLException {
    return db.queryLong("SELECT count(*) FROM places");
  }

  private static void replace(List<Place> chunk, PreparedStatement dropKeys, PreparedStatement update,
      PreparedStatement insert) throws SQLException {
    for (Place place : chunk) {
      dropKeys.setLong(1, place.id());
      dropKeys.addBatch();
      bind(update, place);
    }
    dropKeys.executeBatch();
    int[] updated = update.executeBatch();
    for (int i = 0; i < chunk.size(); i++) {
      if (updated[i] == 0) {
        bind(insert, chunk.get(i));
      }
    }
    insert.executeBatch();
  }

  /** Adds the chunk's search keys in key order, which keeps the key index's pages hot during large imports. */
  private static void addKeys(List<Place> chunk, PreparedStatement addKey) throws SQLException {
    List<Key> keys = new ArrayList<>();
    for (Place place : chunk) {
      keys(place).forEach(key -> keys.add(new Key(key, place.id())));
    }
    keys.sort(Comparator.comparing(Key::key));
    for (Key key : keys) {
      addKey.setString(1, key.key());
      addKey.setLong(2, key.placeId());
      addKey.addBatch();
    }
    addKey.executeBatch();
  }

  /** A search key of a place. */
  private record Key(String key, long placeId) {
  }

  /** Binds a place to UPDATE or INSERT, which list the columns in the same order. */
  private static void bind(PreparedStatement row, Place place) throws SQLException {
    row.setBytes(1, GpkgGeometry.encode(Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()))));
    row.setString(2, place.name());
    row.setString(3, Json.list(place.alternateNames()));
    row.setString(4, Json.map(place.names()));
    row.setDouble(5, place.lat());
    row.setDouble(6, place.lon());
    row.setString(7, place.featureClass());
    row.setString(8, place.featureCode());
    row.setString(9, place.country());
    row.setString(10, place.admin1());
    row.setLong(11, place.population());
    row.setLong(12, place.id());
    row.addBatch();
  }

  private static Set<String> keys(Place place) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKey.of(place.name()));
    place.alternateNames().forEach(n -> keys.add(NameKey.of(n)));
    place.names().values().forEach(n -> keys.add(NameKey.of(n)));
    keys.remove("");
    return keys;
  }

  private List<Place> read(PreparedStatement select) throws SQLException {
    List<Place> places = new ArrayList<>();
    try (ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        places.add(read(rows));
      }
    }
    return places;
  }

  private Place read(ResultSet r) throws SQLException {
    try {
      return new Place(r.getLong(1), r.getString(2), Json.readList(r.getString(3)), Json.readMap(r.getString(4)),
          r.getDouble(5), r.getDouble(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getLong(11));
    } catch (IllegalArgumentException e) {
      throw new StoreException("store " + db.file() + " has a malformed place " + r.getLong(1) + ": "
          + e.getMessage(), e);
    }
  }
}
