package io.frontline.benchmarks.peer;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.gazetteer.Place;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies one scenario's control index into PostGIS: the atoms as geometries (exact coordinates, through WKB), the
 * spans of holding the index's reach counts for each atom and each settlement (with the stated share of a contested
 * place and the people a settlement stands for); then builds the indexes and analyzes the tables. The peer's query
 * (figures.sql) computes a date's figures from these rows: geodesic areas by PostGIS, the holdings as Frontline
 * resolved them.
 */
final class PeerLoader {
  private final Connection db;
  private final WKBWriter wkb = new WKBWriter(2);

  PeerLoader(Connection db) {
    this.db = db;
  }

  void load(ControlIndex index, List<Place> gazetteer) throws SQLException {
    try (Statement st = db.createStatement()) {
      for (String sql : Sql.statements("schema.sql")) {
        st.execute(sql);
      }
    }
    copy("atom (id, geom)", atoms(index.atoms()));
    copy("span (atom, first_day, end_day, holder, status, other, share)", spans(index.atoms()));
    copy(
        "site_span (site, population, first_day, end_day, holder, status, other, share)",
        siteSpans(index.sites()));
    try (Statement st = db.createStatement()) {
      for (String sql : Sql.statements("indexes.sql")) {
        st.execute(sql);
      }
    }
  }

  private void copy(String table, String rows) throws SQLException {
    CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
    try {
      copy.copyIn("COPY " + table + " FROM STDIN", new StringReader(rows));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy rows into " + table, e);
    }
  }

  private String atoms(List<Atom> atoms) {
    StringBuilder out = new StringBuilder();
    for (Atom a : atoms) {
      out.append(a.id()).append('\t').append(ewkb(a.geometry())).append('\n');
    }
    return out.toString();
  }

  static String spans(List<Atom> atoms) {
    StringBuilder out = new StringBuilder();
    for (Atom a : atoms) {
      a.resolution().spans((h, first, end) -> row(out.append(a.id()).append('\t'), h, first, end));
    }
    return out.toString();
  }

  static String siteSpans(List<Site> sites) {
    StringBuilder out = new StringBuilder();
    for (Site s : sites) {
      s.resolution()
          .spans((h, first, end) -> row(
              out.append(s.place().id()).append('\t').append(s.population()).append('\t'),
              h,
              first,
              end));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, Holding h, long first, long end) {
    double share = h.decidedBy().share();
    out.append(first)
        .append('\t')
        .append(end == Long.MAX_VALUE ? Long.MAX_VALUE / 2 : end)
        .append('\t')
        .append(nullable(h.holder()))
        .append('\t')
        .append(h.status().code())
        .append('\t')
        .append(nullable(h.other()))
        .append('\t')
        .append(Double.isNaN(share) ? "\\N" : Double.toString(share))
        .append('\n');
  }

  private static String nullable(String s) {
    return s == null ? "\\N" : s;
  }

  private String ewkb(Geometry g) {
    return "SRID=4326;" + WKBWriter.toHex(wkb.write(g));
  }
}
