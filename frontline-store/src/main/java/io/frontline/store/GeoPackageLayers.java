package io.frontline.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a new GeoPackage of plain feature layers (an export, not a store): OGC GeoPackage 1.3 core tables, one
 * feature table per layer with its columns, bounds in gpkg_contents. GDAL and QGIS open it as it is.
 */
public final class GeoPackageLayers {
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** A column: a name and its SQL type (TEXT, REAL or INTEGER). */
  public record Column(String name, String type) {
    public Column {
      if (!NAME.matcher(name).matches() || !List.of("TEXT", "REAL", "INTEGER").contains(type)) {
        throw new IllegalArgumentException(
            "column must be a lower-case name with type TEXT, REAL or INTEGER, was " + name + " "
                + type);
      }
    }
  }

  /** One feature: a lon/lat geometry and the values of the layer's columns, in order. */
  public record Row(Geometry geometry, List<Object> values) {
    public Row {
      values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }
  }

  /** A layer: table name, geometry type (POINT, MULTIPOLYGON, GEOMETRY ...), a description, columns and rows. */
  public record Layer(
      String name, String geometryType, String description, List<Column> columns, List<Row> rows) {
    public Layer {
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "layer name must be lower-case letters, digits and _, was " + name);
      }
      columns = List.copyOf(columns);
      rows = List.copyOf(rows);
    }
  }

  private GeoPackageLayers() {}

  /** Writes the layers into a new file; an existing file is refused. */
  public static void write(Path file, List<Layer> layers) {
    if (Files.exists(file)) {
      throw new IllegalArgumentException("will not overwrite " + file + "; remove it first");
    }
    try (StoreConnection db = StoreConnection.open(file)) {
      db.write("write the export", () -> {
        db.execute(Migration.load("V1__gpkg_core.sql").sql());
        for (Layer layer : layers) {
          create(db, layer);
          insert(db, layer);
        }
        return null;
      });
    }
  }

  private static void create(StoreConnection db, Layer layer) throws SQLException {
    StringBuilder sql = new StringBuilder("CREATE TABLE " + layer.name()
        + " (fid INTEGER PRIMARY KEY AUTOINCREMENT," + " geom " + layer.geometryType());
    layer.columns().forEach(c -> sql.append(", ").append(c.name()).append(' ').append(c.type()));
    db.execute(sql.append(')').toString());
    Envelope bounds = new Envelope();
    layer.rows().forEach(r -> bounds.expandToInclude(r.geometry().getEnvelopeInternal()));
    try (PreparedStatement contents = db.prepare(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier,"
            + " description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)")) {
      contents.setString(1, layer.name());
      contents.setString(2, layer.name());
      contents.setString(3, layer.description());
      setBounds(contents, bounds);
      contents.executeUpdate();
    }
    db.execute(String.format(
        Locale.ROOT,
        "INSERT INTO gpkg_geometry_columns (table_name, column_name,"
            + " geometry_type_name, srs_id, z, m) VALUES ('%s', 'geom', '%s', 4326, 0, 0)",
        layer.name(),
        layer.geometryType()));
  }

  private static void setBounds(PreparedStatement statement, Envelope bounds) throws SQLException {
    double[] values = bounds.isNull()
        ? new double[4]
        : new double[] {bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()};
    for (int i = 0; i < 4; i++) {
      if (bounds.isNull()) {
        statement.setNull(4 + i, java.sql.Types.DOUBLE);
      } else {
        statement.setDouble(4 + i, values[i]);
      }
    }
  }

  private static void insert(StoreConnection db, Layer layer) throws SQLException {
    String marks = "?" + ", ?".repeat(layer.columns().size());
    String names = String.join(", ", layer.columns().stream().map(Column::name).toList());
    try (PreparedStatement insert = db.prepare("INSERT INTO " + layer.name() + " (geom"
        + (names.isEmpty() ? "" : ", " + names) + ") VALUES (" + marks + ")")) {
      for (Row row : layer.rows()) {
        insert.setBytes(1, GpkgGeometry.encode(row.geometry()));
        for (int i = 0; i < row.values().size(); i++) {
          insert.setObject(2 + i, row.values().get(i));
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
