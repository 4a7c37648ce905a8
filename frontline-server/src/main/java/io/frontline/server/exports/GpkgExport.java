package io.frontline.server.exports;

import io.frontline.server.engine.ControlArea;
import io.frontline.store.GpkgGeometry;
import io.frontline.geometry.Geometries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.locationtech.jts.geom.Coordinate;

/**
 * The data of a date as an OGC GeoPackage with two feature layers, {@code control_areas} (MultiPolygon) and
 * {@code settlements} (Point), in WGS84; QGIS and GDAL open it as it is.
 */
public final class GpkgExport {
  private GpkgExport() {
  }

  public static byte[] write(DateLayers layers) {
    Path file = null;
    try {
      file = Files.createTempFile("frontline-export-", ".gpkg");
      Files.delete(file);
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
        c.setAutoCommit(false);
        schema(c);
        areas(c, layers);
        settlements(c, layers);
        c.commit();
      }
      return Files.readAllBytes(file);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot write the GeoPackage export: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the GeoPackage export", e);
    } finally {
      delete(file);
    }
  }

  private static void schema(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA application_id = 1196444487");
      s.execute("PRAGMA user_version = 10300");
      s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization"
          + " TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
      s.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined',"
          + " NULL), ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', NULL), ('WGS 84 geodetic', 4326, 'EPSG',"
          + " 4326, 'GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM["
          + "\"Greenwich\",0],UNIT[\"degree\",0.0174532925199433],AUTHORITY[\"EPSG\",\"4326\"]]', 'WGS 84')");
      s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
          + " identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT"
          + " (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,"
          + " srs_id INTEGER)");
      s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
          + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,"
          + " CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name))");
      s.execute("CREATE TABLE control_areas (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON, date TEXT,"
          + " actor TEXT, actor_name TEXT, status TEXT, other TEXT, area_km2 DOUBLE, implied_km2 DOUBLE, basis TEXT,"
          + " age_days INTEGER)");
      s.execute("CREATE TABLE settlements (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom POINT, date TEXT,"
          + " place_id INTEGER, name TEXT, population INTEGER, holder TEXT, status TEXT, other TEXT,"
          + " implied INTEGER, observation TEXT)");
      s.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES"
          + " ('control_areas', 'features', 'control_areas', 4326), ('settlements', 'features', 'settlements', 4326)");
      s.execute("INSERT INTO gpkg_geometry_columns VALUES ('control_areas', 'geom', 'MULTIPOLYGON', 4326, 0, 0),"
          + " ('settlements', 'geom', 'POINT', 4326, 0, 0)");
    }
  }

  private static void areas(Connection c, DateLayers layers) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO control_areas (geom, date, actor, actor_name, status,"
        + " other, area_km2, implied_km2, basis, age_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ControlArea a : layers.areas()) {
        p.setBytes(1, GpkgGeometry.encode(Geometries.FACTORY.createMultiPolygon(polygons(a))));
        p.setString(2, layers.date().toString());
        p.setString(3, a.holder());
        p.setString(4, layers.name(a.holder()));
        p.setString(5, a.status().code());
        p.setString(6, a.other());
        p.setDouble(7, a.area_km2());
        p.setDouble(8, a.implied_km2());
        p.setString(9, a.basis().code());
        p.setObject(10, a.age_days());
        p.executeUpdate();
      }
    }
  }

  private static org.locationtech.jts.geom.Polygon[] polygons(ControlArea a) {
    org.locationtech.jts.geom.Polygon[] out = new org.locationtech.jts.geom.Polygon[a.geometry().getNumGeometries()];
    for (int i = 0; i < out.length; i++) {
      out[i] = (org.locationtech.jts.geom.Polygon) a.geometry().getGeometryN(i);
    }
    return out;
  }

  private static void settlements(Connection c, DateLayers layers) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO settlements (geom, date, place_id, name, population,"
        + " holder, status, other, implied, observation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (DateLayers.SiteRow r : layers.settlements()) {
        var place = r.site().place();
        p.setBytes(1, GpkgGeometry.encode(Geometries.FACTORY.createPoint(new Coordinate(place.lon(), place.lat()))));
        p.setString(2, layers.date().toString());
        p.setLong(3, place.id());
        p.setString(4, place.name());
        p.setLong(5, place.population());
        p.setString(6, r.holding().holder());
        p.setString(7, r.holding().status().code());
        p.setString(8, r.holding().other());
        p.setInt(9, r.holding().decidedBy().implied() ? 1 : 0);
        p.setString(10, r.holding().decidedBy().observation().lineage());
        p.executeUpdate();
      }
    }
  }

  private static void delete(Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary export " + file, e);
    }
  }
}
