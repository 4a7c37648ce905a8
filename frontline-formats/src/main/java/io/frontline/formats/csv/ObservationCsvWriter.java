package io.frontline.formats.csv;

import io.frontline.formats.ObservationFields;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes observations as a CSV in the {@link CsvLayout#OBSERVATIONS} layout (RFC 4180: CRLF, quotes where needed),
 * all its columns in order, the record columns (lineage, version, recorded_by, recorded_at) last. The file reads back
 * through the import as the same statements. {@code places} gives a place's name and point (a gazetteer's
 * {@code findPlace}); the writer needs no gazetteer.
 */
public final class ObservationCsvWriter {
  private ObservationCsvWriter() {}

  /** Writes a header and one row per observation; flushes, but leaves {@code out} open. */
  public static void write(
      Iterable<Observation> observations, LongFunction<Optional<Place>> places, Writer out)
      throws IOException {
    List<String> columns = CsvLayout.OBSERVATIONS.columns();
    CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
    printer.printRecord(columns);
    for (Observation observation : observations) {
      Map<String, String> fields = ObservationFields.of(observation, places);
      SafeCsv.printRecord(
          printer, columns.stream().map(c -> fields.getOrDefault(c, "")).toList());
    }
    printer.flush();
  }
}
