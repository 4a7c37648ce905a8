package io.frontline.store;

import io.frontline.gazetteer.Place;
import io.frontline.geometry.Geometries;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Writes places in bulk. Each chunk is batched into a TEMP staging table and moved into {@code places} with one
 * UPDATE and one INSERT ... SELECT, so the GeoPackage R-tree triggers run inside a single statement per chunk
 * (several times faster than a statement per row); existing rows are updated rather than upserted, because the
 * GeoPackage 1.3 R-tree triggers fail under an UPSERT's conflict clause. Search keys are replaced and added in key
 * order.
 */
final class PlaceImport {
  private static final String COLUMNS =
      "id, geom, name, alternate_names, names, lat, lon, feature_class, "
          + "feature_code, country, admin1, population";
  private static final String STAGE = "INSERT INTO temp.place_stage (" + COLUMNS + ") "
      + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String DROP_KEYS =
      "DELETE FROM place_names WHERE place_id IN (SELECT id FROM temp.place_stage)";
  private static final String UPDATE = "UPDATE places SET geom = s.geom, name = s.name, "
      + "alternate_names = s.alternate_names, names = s.names, lat = s.lat, lon = s.lon, "
      + "feature_class = s.feature_class, feature_code = s.feature_code, country = s.country, admin1 = s.admin1, "
      + "population = s.population FROM temp.place_stage s WHERE places.id = s.id";
  private static final String INSERT = "INSERT INTO places (" + COLUMNS + ") SELECT " + COLUMNS
      + " FROM temp.place_stage s WHERE NOT EXISTS (SELECT 1 FROM places p WHERE p.id = s.id) ORDER BY s.id";
  private static final int CHUNK = 50_000;

  private final StoreConnection db;

  PlaceImport(StoreConnection db) {
    this.db = db;
  }

  /** Inserts or replaces the places (the last wins when an id repeats); returns their extent. */
  Envelope put(Collection<Place> places) throws SQLException {
    Map<Long, Place> byId = new LinkedHashMap<>();
    places.forEach(p -> byId.put(p.id(), p));
    List<Place> unique = List.copyOf(byId.values());
    Envelope extent = new Envelope();
    db.execute("CREATE TEMP TABLE IF NOT EXISTS place_stage AS SELECT * FROM main.places WHERE 0");
    try (PreparedStatement stage = db.prepare(STAGE);
        PreparedStatement addKey =
            db.prepare("INSERT OR IGNORE INTO place_names (key, place_id) VALUES (?, ?)")) {
      for (int from = 0; from < unique.size(); from += CHUNK) {
        List<Place> chunk = unique.subList(from, Math.min(unique.size(), from + CHUNK));
        replace(chunk, stage);
        addKeys(chunk, addKey);
        chunk.forEach(p -> extent.expandToInclude(p.lon(), p.lat()));
      }
    }
    db.execute("DELETE FROM temp.place_stage");
    return extent;
  }

  private void replace(List<Place> chunk, PreparedStatement stage) throws SQLException {
    db.execute("DELETE FROM temp.place_stage");
    for (Place place : chunk) {
      bind(stage, place);
    }
    stage.executeBatch();
    db.execute(DROP_KEYS);
    db.execute(UPDATE);
    db.execute(INSERT);
  }

  /** Adds the chunk's search keys in key order, which keeps the key index's pages hot during large imports. */
  private static void addKeys(List<Place> chunk, PreparedStatement addKey) throws SQLException {
    List<Key> keys = new ArrayList<>();
    for (Place place : chunk) {
      PlaceTable.keys(place).forEach(key -> keys.add(new Key(key, place.id())));
    }
    keys.sort(Comparator.comparing(Key::key));
    for (Key key : keys) {
      addKey.setString(1, key.key());
      addKey.setLong(2, key.placeId());
      addKey.addBatch();
    }
    addKey.executeBatch();
  }

  private static void bind(PreparedStatement row, Place place) throws SQLException {
    row.setLong(1, place.id());
    row.setBytes(
        2,
        GpkgGeometry.encode(
            Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()))));
    row.setString(3, place.name());
    row.setString(4, StoreJson.list(place.alternateNames()));
    row.setString(5, StoreJson.map(place.names()));
    row.setDouble(6, place.lat());
    row.setDouble(7, place.lon());
    row.setString(8, place.featureClass());
    row.setString(9, place.featureCode());
    row.setString(10, place.country());
    row.setString(11, place.admin1());
    row.setLong(12, place.population());
    row.addBatch();
  }

  /** A search key of a place. */
  private record Key(String key, long placeId) {}
}
