package io.frontline.benchmarks.peer;

import io.frontline.control.ControlIndex;
import io.frontline.gazetteer.Place;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The PostGIS peer: a Frontline index's atoms and their spans of holding in PostgreSQL tables, and the figures for a
 * date computed by one SQL query (figures.sql): the spans in effect, geodesic areas by PostGIS, shares and people
 * summed per actor. The rule that resolves the holdings is Frontline's (tested in the core); the peer measures and
 * checks the date's query. One
 * scenario at a time: {@link #load} replaces the tables. The session is tuned for this query ({@link #SESSION}): JIT
 * compilation off (it cost more than it saved on every run measured) and enough work memory to sort in memory.
 */
public final class PostgisPeer implements AutoCloseable {
  public static final List<String> SESSION = List.of("SET jit = off", "SET work_mem = '64MB'");
  private final Connection db;
  private final String figuresSql = Sql.text("figures.sql");

  private PostgisPeer(Connection db) {
    this.db = db;
  }

  /** Connects to a PostGIS database by JDBC URL and makes sure the extension is there. */
  public static PostgisPeer connect(String jdbcUrl) {
    try {
      Connection db = DriverManager.getConnection(jdbcUrl);
      try (Statement st = db.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS postgis");
        for (String setting : SESSION) {
          st.execute(setting);
        }
      } catch (SQLException e) {
        db.close();
        throw e;
      }
      return new PostgisPeer(db);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot connect to PostGIS at " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  /** Replaces the peer's tables with the index's atoms and the spans of holding of its atoms and settlements. */
  public void load(ControlIndex index, List<Place> gazetteer) {
    try {
      new PeerLoader(db).load(index, gazetteer);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot load the scenario into PostGIS: " + e.getMessage(), e);
    }
  }

  /** The figures per actor on {@code date}, by the SQL rule. */
  public PeerFigures figures(LocalDate date) {
    try (PreparedStatement ps = db.prepareStatement(figuresSql)) {
      ps.setObject(1, date);
      Map<String, PeerFigures.Row> rows = new LinkedHashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String actor = rs.getString("actor");
          rows.put(
              actor,
              new PeerFigures.Row(
                  actor,
                  rs.getDouble("area_km2"),
                  rs.getDouble("contested_km2"),
                  rs.getLong("population"),
                  rs.getInt("settlements")));
        }
      }
      return new PeerFigures(date, rows);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "the peer figures query failed on " + date + ": " + e.getMessage(), e);
    }
  }

  /** "PostgreSQL x / PostGIS y (GEOS z)", for the report. */
  public String version() {
    try (Statement st = db.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT current_setting('server_version'), postgis_lib_version(),"
                + " postgis_geos_version(), postgis_proj_version()")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + " / PostGIS " + rs.getString(2) + " (GEOS "
          + rs.getString(3) + ", PROJ " + rs.getString(4) + ")";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the PostGIS version: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the PostGIS connection: " + e.getMessage(), e);
    }
  }
}
