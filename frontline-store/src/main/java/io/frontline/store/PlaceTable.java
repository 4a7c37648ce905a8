package io.frontline.store;

import io.frontline.gazetteer.NameKey;
import io.frontline.gazetteer.Place;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The gazetteer: the {@code places} feature table (GeoNames id as primary key, a point geometry) and the
 * {@code place_names} search index, which holds the {@link NameKey} of every name, alternate name and language name
 * of a place. Putting a place replaces it and its search keys.
 */
final class PlaceTable {
  private static final String COLUMNS =
      "p.id, p.name, p.alternate_names, p.names, p.lat, p.lon, p.feature_class, "
          + "p.feature_code, p.country, p.admin1, p.population";
  private static final String SEARCH = "SELECT " + COLUMNS + ", max(n.key = ?1) AS exact "
      + "FROM place_names n JOIN places p ON p.id = n.place_id WHERE n.key >= ?1 AND n.key < ?2 "
      + "GROUP BY p.id ORDER BY exact DESC, p.population DESC, p.id LIMIT ?3";
  /** As SEARCH, for a key (?1, ?2) and its form without an article (?4, ?5): exact matches of either first. */
  private static final String SEARCH_TWO =
      "SELECT " + COLUMNS + ", max(n.key = ?1 OR n.key = ?4) AS exact "
          + "FROM place_names n JOIN places p ON p.id = n.place_id "
          + "WHERE (n.key >= ?1 AND n.key < ?2) OR (n.key >= ?4 AND n.key < ?5) "
          + "GROUP BY p.id ORDER BY exact DESC, p.population DESC, p.id LIMIT ?3";

  private static final String WITHIN =
      "SELECT " + COLUMNS + " FROM rtree_places_geom r JOIN places p ON p.id = r.id "
          + "WHERE r.maxx >= ?1 AND r.minx <= ?2 AND r.maxy >= ?3 AND r.miny <= ?4 "
          + "AND p.lon BETWEEN ?1 AND ?2 AND p.lat BETWEEN ?3 AND ?4 ORDER BY p.id";
  /** Sorts after every search key: keys hold only letters and digits, and U+10FFFF is neither. */
  private static final String KEY_END = new String(Character.toChars(0x10FFFF));

  private final StoreConnection db;

  PlaceTable(StoreConnection db) {
    this.db = db;
  }

  /** Inserts or replaces the places (the last wins when an id repeats); returns their extent. */
  Envelope put(Collection<Place> places) throws SQLException {
    return new PlaceImport(db).put(places);
  }

  Optional<Place> find(long id) throws SQLException {
    try (PreparedStatement select =
        db.prepare("SELECT " + COLUMNS + " FROM places p WHERE p.id = ?")) {
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

  /**
   * Exact key matches first, then prefix matches; most populous first within each. A query that starts with an
   * article and a short word ("Ar Ru") also matches the names that word begins, after those of the whole query.
   */
  List<Place> search(String query, int limit) throws SQLException {
    String key = NameKey.of(query);
    if (key.isEmpty()) {
      return List.of();
    }
    Optional<String> arabic = NameKey.withoutArabicArticle(query);
    if (arabic.isPresent()) {
      return searchKeys(key, arabic.get(), limit);
    }
    List<Place> found = searchKey(key, limit);
    Optional<String> shorter = NameKey.typedWithoutArticle(query).filter(k -> !k.equals(key));
    if (shorter.isEmpty() || found.size() >= limit) {
      return found;
    }
    Map<Long, Place> merged = new LinkedHashMap<>();
    found.forEach(p -> merged.put(p.id(), p));
    for (Place p : searchKey(shorter.get(), limit)) {
      if (merged.size() < limit) {
        merged.putIfAbsent(p.id(), p);
      }
    }
    return List.copyOf(merged.values());
  }

  private List<Place> searchKey(String key, int limit) throws SQLException {
    try (PreparedStatement select = db.prepare(SEARCH)) {
      select.setString(1, key);
      select.setString(2, key + KEY_END);
      select.setInt(3, limit);
      return read(select);
    }
  }

  private List<Place> searchKeys(String key, String other, int limit) throws SQLException {
    try (PreparedStatement select = db.prepare(SEARCH_TWO)) {
      select.setString(1, key);
      select.setString(2, key + KEY_END);
      select.setInt(3, limit);
      select.setString(4, other);
      select.setString(5, other + KEY_END);
      return read(select);
    }
  }

  /**
   * Places inside the lon/lat envelope (edges included), by id. The GeoPackage R-tree (single-precision boxes,
   * rounded outwards) finds candidates; the stored coordinates decide.
   */
  List<Place> within(Envelope lonLat) throws SQLException {
    try (PreparedStatement select = db.prepare(WITHIN)) {
      select.setDouble(1, lonLat.getMinX());
      select.setDouble(2, lonLat.getMaxX());
      select.setDouble(3, lonLat.getMinY());
      select.setDouble(4, lonLat.getMaxY());
      return read(select);
    }
  }

  long count() throws SQLException {
    return db.queryLong("SELECT count(*) FROM places");
  }

  /** The search keys of a place: the keys of its name, alternate names and language names. */
  static Set<String> keys(Place place) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(NameKey.of(place.name()));
    place.alternateNames().forEach(n -> keys.add(NameKey.of(n)));
    place.names().values().forEach(n -> keys.add(NameKey.of(n)));
    List.copyOf(keys).forEach(k -> NameKey.withoutArabicArticle(k).ifPresent(keys::add));
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
      return new Place(
          r.getLong(1),
          r.getString(2),
          StoreJson.readList(r.getString(3)),
          StoreJson.readMap(r.getString(4)),
          r.getDouble(5),
          r.getDouble(6),
          r.getString(7),
          r.getString(8),
          r.getString(9),
          r.getString(10),
          r.getLong(11));
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "store " + db.file() + " has a malformed place " + r.getLong(1) + ": " + e.getMessage(),
          e);
    }
  }
}
