package io.frontline.server.api;

import io.frontline.figures.Changes;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The settlements that changed hands between two dates as CSV, one row each, with the deciding source. */
final class ChangesCsv {
  private ChangesCsv() {
  }

  static void write(Context ctx, Changes changes) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("place_id", "name", "country",
        "population", "observed", "from", "to", "date", "precision", "source", "urls", "note", "observation").build())) {
      for (Changes.PlaceChange p : changes.places()) {
        csv.printRecord(p.placeId(), p.name(), p.country(), p.population(), p.observed(), p.from(), p.to(), p.date(),
            p.precision(), p.source(), String.join(" ", p.urls()), p.note(), p.observation());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"changes-" + changes.from() + "-" + changes.to()
        + ".csv\"");
    ctx.result(out.toString());
  }
}
