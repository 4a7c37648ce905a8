package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndex.ControlMap;
import io.frontline.figures.FiguresConfig;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.formats.csv.ObservationCsvWriter;
import io.frontline.formats.csv.SafeCsv;
import io.frontline.formats.geojson.GeoJsonWriter;
import io.frontline.formats.geojson.ObservationGeoJsonWriter;
import io.frontline.observations.Statement;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Exports observations, or the control map of a date, for GIS tools and spreadsheets. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = {"Export the observations (every current version) or, with --date, the control map of that date.",
        "geojson: observations, or control areas per actor, status and basis (observed, stale, inferred); csv: observations, or the settlements and"
            + " their holders; gpkg: a GeoPackage with the layers control_areas and settlements (with --date)"
            + " or a consistent copy of the store."})
final class ExportCommand implements Callable<Integer> {
  /** The age after which a deciding observation makes a control area stale. */
  static final int STALE_AFTER_DAYS = FiguresConfig.DEFAULT.staleAfterDays();
  enum Format { geojson, gpkg, csv }

  @Mixin
  StoreOptions store;
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;
  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "geojson, gpkg or csv.")
  Format format;
  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Export the control map of this date.")
  String date;
  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output; required for gpkg).")
  Path out;

  @Override
  public Integer call() throws IOException {
    LocalDate day = date == null ? null : Dates.parse("--date", date);
    if (format == Format.gpkg && out == null) {
      throw Refusal.badInput(null, "--format gpkg needs --out FILE");
    }
    if (out != null) {
      OutputFile.check(out);
    }
    try (Workspace ws = Workspace.open(store)) {
      if (format == Format.gpkg) {
        GpkgExport.write(ws, day, out);
      } else {
        try (OutputStream stream = open()) {
          write(ws, day, stream);
        }
      }
    }
    if (out != null) {
      spec.commandLine().getErr().println("Wrote " + out.toAbsolutePath());
    }
    return ExitCode.OK;
  }

  private OutputStream open() throws IOException {
    if (out == null) {
      return new java.io.FilterOutputStream(System.out) {
        @Override
        public void close() throws IOException {
          flush();
        }
      };
    }
    return Files.newOutputStream(out);
  }

  private void write(Workspace ws, LocalDate day, OutputStream stream) throws IOException {
    if (format == Format.geojson) {
      try (GeoJsonWriter writer = new GeoJsonWriter(stream, true)) {
        if (day == null) {
          ObservationGeoJsonWriter.write(ws.observations(), ws.store()::findPlace, writer);
        } else {
          for (ControlMap.Part part : ws.index().mapAt(day).dissolvedByBasis(STALE_AFTER_DAYS)) {
            writer.write(part.geometry(), areaProperties(part, day));
          }
        }
      }
      return;
    }
    Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    if (day == null) {
      ObservationCsvWriter.write(ws.observations(), ws.store()::findPlace, writer);
    } else {
      settlementsCsv(ws.index(), day, writer);
    }
    writer.flush();
  }

  /**
   * A control area's attributes: date, actor, status, area_km2, basis (observed, stale or inferred) and age_days
   * (of the deciding observation, when one decides the whole area; else null).
   */
  static Map<String, Object> areaProperties(ControlMap.Part part, LocalDate day) {
    String[] key = part.key().split(":");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("date", day.toString());
    p.put("actor", key[0]);
    p.put("status", key[1]);
    p.put("area_km2", Math.round(part.area_km2() * 10) / 10.0);
    p.put("basis", part.basis().code());
    p.put("age_days", part.ageDays().isPresent() ? part.ageDays().getAsLong() : null);
    return p;
  }

  static void settlementsCsv(ControlIndex index, LocalDate day, Writer writer) {
    try {
      CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader("place_id", "name", "country",
          "lat", "lon", "population", "holder", "status", "other", "date", "observation", "source", "implied").get());
      for (Site site : index.sites()) {
        Holding h = site.at(day).orElse(null);
        if (h != null) {
          Statement s = h.decidedBy().statement();
          SafeCsv.printRecord(csv, site.place().id(), site.place().name(), site.place().country(), site.place().lat(),
              site.place().lon(), site.place().population(), h.holder(), h.status().code(), h.other(),
              s.date().toString(), h.decidedBy().observation().lineage(), String.join(" ", s.source().urls()),
              h.decidedBy().implied());
        }
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
