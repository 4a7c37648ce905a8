package io.frontline.server.api;

import io.frontline.figures.Changes;
import io.frontline.formats.csv.SafeCsv;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The settlements that changed hands between two dates as CSV, one row each, with the deciding source and the
 * change's own date and source ({@code changed_on}, {@code changed_source}, {@code changed_urls}); then those
 * that entered or left the observed map (column {@code change}: {@code hands}, {@code first_recorded} or
 * {@code no_longer_covered}).
 */
final class ChangesCsv {
  private ChangesCsv() {}

  static void write(Context ctx, Changes changes) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(
        out,
        CSVFormat.RFC4180
            .builder()
            .setHeader(
                "change",
                "place_id",
                "name",
                "country",
                "population",
                "observed",
                "from",
                "to",
                "date",
                "precision",
                "source",
                "urls",
                "note",
                "observation",
                "changed_on",
                "changed_source",
                "changed_urls")
            .get())) {
      List<Changes.PlaceChange> all = new ArrayList<>(changes.places());
      all.addAll(changes.coveragePlaces());
      for (Changes.PlaceChange p : all) {
        SafeCsv.printRecord(
            csv,
            kind(p),
            p.placeId(),
            p.name(),
            p.country(),
            p.population(),
            p.observed(),
            p.from(),
            p.to(),
            p.date(),
            p.precision(),
            p.source(),
            String.join(" ", p.urls()),
            p.note(),
            p.observation(),
            p.changedOn(),
            p.changedSource(),
            String.join(" ", p.changedUrls()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"changes-" + changes.from() + "-" + changes.to() + ".csv\"");
    ctx.result(out.toString());
  }

  private static String kind(Changes.PlaceChange p) {
    return p.from().equals(Changes.NONE)
        ? "first_recorded"
        : p.to().equals(Changes.NONE) ? "no_longer_covered" : "hands";
  }
}
