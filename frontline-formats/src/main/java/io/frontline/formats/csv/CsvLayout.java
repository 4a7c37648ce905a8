package io.frontline.formats.csv;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The CSV layouts that can be imported, told apart by their header. Column order is free; unknown columns are
 * refused. OBSERVATIONS is the project's own layout (also what {@link ObservationCsvWriter} writes; the record
 * columns lineage, version, recorded_by and recorded_at are accepted and ignored on import). CONTROL_CHANGES is the
 * layout of is-control-changes.csv: one change of control per row, with the optional columns grade (the Admiralty
 * code of the row's best source) and share (of a contested place held by to_actor).
 */
public enum CsvLayout {
  OBSERVATIONS(
      "csv",
      List.of(
          "place",
          "geonames_id",
          "country",
          "lat",
          "lon",
          "wkt",
          "actor",
          "status",
          "from_actor",
          "date",
          "precision",
          "source_title",
          "source_url",
          "source_citation",
          "source_kind",
          "source_grade",
          "confidence",
          "note",
          "share",
          "lineage",
          "version",
          "recorded_by",
          "recorded_at"),
      Set.of("actor", "status", "date")),
  CONTROL_CHANGES(
      "csv-control-changes",
      List.of(
          "place",
          "geonames_id",
          "country",
          "date",
          "precision",
          "change",
          "from_actor",
          "to_actor",
          "note",
          "sources",
          "grade",
          "share"),
      Set.of("date", "change", "to_actor"));

  private final String formatName;
  private final List<String> columns;
  private final Set<String> required;

  CsvLayout(String formatName, List<String> columns, Set<String> required) {
    this.formatName = formatName;
    this.columns = columns;
    this.required = required;
  }

  /** The name of the format in import results: "csv" or "csv-control-changes". */
  public String formatName() {
    return formatName;
  }

  /** Every column the layout defines, in the order written by exports. */
  public List<String> columns() {
    return columns;
  }

  public Set<String> required() {
    return required;
  }

  /** CONTROL_CHANGES when the header has its own columns (change, to_actor, sources), else OBSERVATIONS. */
  public static CsvLayout detect(Collection<String> header) {
    return header.contains("change") || header.contains("to_actor") || header.contains("sources")
        ? CONTROL_CHANGES
        : OBSERVATIONS;
  }
}
