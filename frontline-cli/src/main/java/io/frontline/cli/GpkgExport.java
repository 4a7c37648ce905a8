package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndex.ControlMap;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.geometry.Geometries;
import io.frontline.observations.Statement;
import io.frontline.store.GeoPackageLayers;
import io.frontline.store.GeoPackageLayers.Column;
import io.frontline.store.GeoPackageLayers.Layer;
import io.frontline.store.GeoPackageLayers.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** GeoPackage export: a consistent copy of the store, or the control map of a date as two layers. */
final class GpkgExport {
  private GpkgExport() {
  }

  static void write(Workspace ws, LocalDate day, Path out) {
    if (Files.exists(out)) {
      throw Refusal.badInput(null, "will not overwrite " + out + "; remove it first or choose another --out");
    }
    if (day == null) {
      ws.store().copyTo(out);
      return;
    }
    GeoPackageLayers.write(out, List.of(areas(ws.index(), day), settlements(ws.index(), day)));
  }

  private static Layer areas(ControlIndex index, LocalDate day) {
    List<Row> rows = new ArrayList<>();
    for (ControlMap.Part part : index.mapAt(day).dissolvedByBasis(ExportCommand.STALE_AFTER_DAYS)) {
      Map<String, Object> p = ExportCommand.areaProperties(part, day);
      rows.add(new Row(multi(part.geometry()), Arrays.asList(p.get("date"), p.get("actor"), p.get("status"),
          p.get("area_km2"), p.get("basis"), p.get("age_days"))));
    }
    return new Layer("control_areas", "MULTIPOLYGON", "Frontline control map on " + day,
        List.of(new Column("date", "TEXT"), new Column("actor", "TEXT"), new Column("status", "TEXT"),
            new Column("area_km2", "REAL"), new Column("basis", "TEXT"), new Column("age_days", "INTEGER")), rows);
  }

  private static Layer settlements(ControlIndex index, LocalDate day) {
    List<Row> rows = new ArrayList<>();
    for (Site site : index.sites()) {
      Holding h = site.at(day).orElse(null);
      if (h != null) {
        Statement s = h.decidedBy().statement();
        rows.add(new Row(Geometries.FACTORY.createPoint(new Coordinate(site.place().lon(), site.place().lat())),
            Arrays.asList(site.place().id(), site.place().name(), site.place().population(), h.holder(),
                h.status().code(), s.date().toString(), h.decidedBy().observation().lineage(),
                String.join(" ", s.source().urls()), h.decidedBy().implied() ? 1 : 0)));
      }
    }
    return new Layer("settlements", "POINT", "Settlements and their holders on " + day,
        List.of(new Column("place_id", "INTEGER"), new Column("name", "TEXT"), new Column("population", "INTEGER"),
            new Column("holder", "TEXT"), new Column("status", "TEXT"), new Column("date", "TEXT"),
            new Column("observation", "TEXT"), new Column("source", "TEXT"), new Column("implied", "INTEGER")), rows);
  }

  private static MultiPolygon multi(Geometry g) {
    if (g instanceof MultiPolygon m) {
      return m;
    }
    return Geometries.FACTORY.createMultiPolygon(g instanceof Polygon p ? new Polygon[] {p} : new Polygon[0]);
  }
}
