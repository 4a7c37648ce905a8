package io.frontline.benchmarks.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.postgresql.PGConnection;

/**
 * The PostGIS side of the events benchmark: the events as points with a GiST index, joined to the atoms and spans
 * that {@link io.frontline.benchmarks.peer.PostgisPeer#load} put in the same database (join.sql).
 */
final class EventsPeer implements AutoCloseable {
  private final Connection db;
  private final String join = text("join.sql");

  EventsPeer(String jdbcUrl) throws SQLException {
    db = DriverManager.getConnection(jdbcUrl);
    try (Statement st = db.createStatement()) {
      st.execute("SET jit = off");
      st.execute("SET work_mem = '64MB'");
    }
  }

  /** Replaces the events table with these (day-precise: the first day of each) and indexes it. */
  void load(SyntheticEvents events) throws SQLException {
    script("schema.sql");
    StringBuilder rows = new StringBuilder(events.size() * 48);
    for (int i = 0; i < events.size(); i++) {
      rows.append(i)
          .append("\tSRID=4326;POINT(")
          .append(events.lon()[i])
          .append(' ')
          .append(events.lat()[i])
          .append(")\t")
          .append(events.firstDay()[i])
          .append('\n');
    }
    try {
      db.unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn("COPY ev (id, geom, day) FROM STDIN", new StringReader(rows.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy the events into PostGIS", e);
    }
    script("indexes.sql");
  }

  /** Runs the join; events per "holder:status" key ("-:none" for no holding). */
  Map<String, Long> join() throws SQLException {
    Map<String, Long> out = new TreeMap<>();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(join)) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  String plan() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Statement st = db.createStatement();
        ResultSet rs = st.executeQuery("EXPLAIN " + join)) {
      while (rs.next()) {
        out.append(rs.getString(1)).append('\n');
      }
    }
    return out.toString();
  }

  private void script(String name) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String sql : text(name).split(";\\s*\\n")) {
        String body = sql.lines()
            .filter(l -> !l.strip().startsWith("--"))
            .reduce("", (a, b) -> a + b + "\n")
            .strip();
        if (!body.isEmpty()) {
          st.execute(body);
        }
      }
    }
  }

  private static String text(String name) {
    try (InputStream in = EventsPeer.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the build: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll(";\\s*$", "");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read SQL resource " + name, e);
    }
  }

  static String describe(Map<String, Long> counts) {
    return Arrays.toString(
        counts.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray());
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
