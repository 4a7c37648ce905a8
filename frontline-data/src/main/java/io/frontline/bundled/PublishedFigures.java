package io.frontline.bundled;

import io.frontline.figures.calibration.PublishedFigure;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The bundled published figures of the Islamic State's area and population (calibration/published-figures.csv;
 * calibration/SOURCES.md says where each comes from), in the file's order.
 */
public final class PublishedFigures {
  static final String FILE = "calibration/published-figures.csv";
  private static volatile List<PublishedFigure> all;

  private PublishedFigures() {}

  public static List<PublishedFigure> all() {
    List<PublishedFigure> loaded = all;
    if (loaded == null) {
      try (Reader in = new InputStreamReader(Resources.open(FILE), StandardCharsets.UTF_8)) {
        loaded = List.copyOf(read(in));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read bundled " + FILE, e);
      }
      all = loaded;
    }
    return loaded;
  }

  /** Reads rows with the columns date, precision, scope, measure, value, unit, said_by, source_url, note. */
  public static List<PublishedFigure> read(Reader in) throws IOException {
    List<PublishedFigure> out = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord r : format.parse(in)) {
      try {
        out.add(new PublishedFigure(
            r.get("date"),
            PublishedFigure.Precision.parse(r.get("precision")),
            PublishedFigure.Scope.parse(r.get("scope")),
            PublishedFigure.Measure.parse(r.get("measure")),
            Double.parseDouble(r.get("value")),
            r.get("unit"),
            r.get("said_by"),
            r.get("source_url"),
            r.get("note")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            FILE + " line " + (r.getRecordNumber() + 1) + ": " + e.getMessage(), e);
      }
    }
    return out;
  }
}
