package io.frontline.app.exports;

import io.frontline.app.View;
import io.frontline.app.control.ControlArea;
import io.frontline.formats.csv.ObservationCsvWriter;
import io.frontline.formats.csv.SafeCsv;
import io.frontline.formats.geojson.GeoJsonWriter;
import io.frontline.formats.geojson.ObservationGeoJsonWriter;
import io.frontline.geometry.Geometries;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageLayers;
import io.frontline.store.GeoPackageLayers.Column;
import io.frontline.store.GeoPackageLayers.Layer;
import io.frontline.store.GeoPackageLayers.Row;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The export use case, for the command line and the API alike: the control map of a date as two layers (control areas
 * and settlements, the columns of {@link DateLayers}) in GeoJSON, GeoPackage, KML or CSV (settlements only), or
 * without a date every current observation (GeoJSON, CSV) or a consistent copy of the store (GeoPackage). Everything
 * is written to an output stream the caller owns: a file, or an HTTP response.
 */
public final class Exports {
  private Exports() {}

  /** Refuses, before any work, an export that does not exist: KML needs a date. */
  public static void check(Optional<LocalDate> date, ExportFormat format) {
    if (date.isEmpty() && format == ExportFormat.KML) {
      throw Refusal.badInput(
          "date", "${format} kml exports the control map of a date; give ${date}");
    }
  }

  /** The control map of {@code date}, or without one the observations, in {@code format}. */
  public static void write(
      View view, Optional<LocalDate> date, ExportFormat format, OutputStream out) {
    check(date, format);
    if (date.isPresent()) {
      date(view, date.get(), format, out);
    } else {
      observations(view, format, out);
    }
  }

  /** The control map of {@code date} in {@code format}. */
  public static void date(View view, LocalDate date, ExportFormat format, OutputStream out) {
    DateLayers layers = DateLayers.of(view, date);
    io(() -> {
      switch (format) {
        case GEOJSON -> geojson(layers, out);
        case GPKG ->
          viaFile(
              file -> GeoPackageLayers.write(file, List.of(areas(layers), settlements(layers))),
              out);
        case KML -> KmlLayersWriter.write(layers, out);
        case CSV -> settlementsCsv(layers, out);
        default -> throw new IllegalStateException("no export as " + format);
      }
    });
  }

  /** Every current observation (GeoJSON, CSV), or a consistent copy of the whole store (GeoPackage). */
  public static void observations(View view, ExportFormat format, OutputStream out) {
    check(Optional.empty(), format);
    io(() -> {
      switch (format) {
        case GEOJSON -> {
          try (GeoJsonWriter writer = new GeoJsonWriter(out, true)) {
            ObservationGeoJsonWriter.write(
                view.index().observations(), view.store()::findPlace, writer);
          }
        }
        case CSV -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          ObservationCsvWriter.write(view.index().observations(), view.store()::findPlace, writer);
          writer.flush();
        }
        case GPKG -> viaFile(file -> view.store().copyTo(file), out);
        default -> throw new IllegalStateException("no observation export as " + format);
      }
    });
  }

  /** One collection of both layers: each feature names its {@code layer}; the date and revision go first. */
  private static void geojson(DateLayers layers, OutputStream out) throws IOException {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("date", layers.date().toString());
    header.put("as_of", layers.asOf());
    header.put("store_revision", layers.storeRevision());
    try (GeoJsonWriter writer = new GeoJsonWriter(out, true, header)) {
      for (ControlArea a : layers.areas()) {
        writer.write(a.id(), a.geometry(), withLayer("control_areas", layers.properties(a)));
      }
      for (DateLayers.SiteRow r : layers.settlements()) {
        writer.write(
            "place-" + r.place().id(), r.point(), withLayer("settlements", layers.properties(r)));
      }
    }
  }

  private static Map<String, Object> withLayer(String layer, Map<String, Object> properties) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("layer", layer);
    p.putAll(properties);
    return p;
  }

  private static void settlementsCsv(DateLayers layers, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(
        writer,
        CSVFormat.RFC4180
            .builder()
            .setHeader(DateLayers.SETTLEMENT_COLUMNS.keySet().toArray(String[]::new))
            .get());
    for (DateLayers.SiteRow r : layers.settlements()) {
      SafeCsv.printRecord(csv, layers.properties(r).values());
    }
    csv.flush();
  }

  private static Layer areas(DateLayers layers) {
    List<Row> rows = new ArrayList<>();
    for (ControlArea a : layers.areas()) {
      rows.add(new Row(multi(a.geometry()), new ArrayList<>(layers.properties(a).values())));
    }
    return new Layer(
        "control_areas",
        "MULTIPOLYGON",
        "Frontline control map on " + layers.date(),
        columns(DateLayers.AREA_COLUMNS),
        rows);
  }

  private static Layer settlements(DateLayers layers) {
    List<Row> rows = new ArrayList<>();
    for (DateLayers.SiteRow r : layers.settlements()) {
      List<Object> values = new ArrayList<>();
      layers
          .properties(r)
          .values()
          .forEach(v -> values.add(v instanceof Boolean b ? (b ? 1 : 0) : v));
      rows.add(new Row(r.point(), values));
    }
    return new Layer(
        "settlements",
        "POINT",
        "Settlements and their holders on " + layers.date(),
        columns(DateLayers.SETTLEMENT_COLUMNS),
        rows);
  }

  private static List<Column> columns(Map<String, String> types) {
    return types.entrySet().stream()
        .map(e -> new Column(e.getKey(), e.getValue()))
        .toList();
  }

  private static MultiPolygon multi(Geometry g) {
    if (g instanceof MultiPolygon m) {
      return m;
    }
    return Geometries.FACTORY.createMultiPolygon(
        g instanceof Polygon p ? new Polygon[] {p} : new Polygon[0]);
  }

  /** Writes a file-only format (SQLite) into a temporary file, then streams it. */
  private static void viaFile(Consumer<Path> write, OutputStream out) throws IOException {
    Path dir = Files.createTempDirectory("frontline-export-");
    Path file = dir.resolve("export.gpkg");
    try {
      write.accept(file);
      Files.copy(file, out);
      out.flush();
    } finally {
      try (var left = Files.list(dir)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(dir);
    }
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void io(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export: " + e.getMessage(), e);
    }
  }
}
