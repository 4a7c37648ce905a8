package io.frontline.formats.csv;

import io.frontline.observations.Finding;
import java.util.List;

/**
 * The rows of one CSV file: its layout, how many data rows it has ({@code records}, including rows left out), the
 * readable rows and the findings about rows that could not be read (wrong number of fields).
 */
public record CsvRows(CsvLayout layout, int records, List<CsvRow> rows, List<Finding> findings) {
  public CsvRows {
    rows = List.copyOf(rows);
    findings = List.copyOf(findings);
  }
}
