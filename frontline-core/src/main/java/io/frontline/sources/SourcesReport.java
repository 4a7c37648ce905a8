package io.frontline.sources;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link SourcesOp} found: how many observations were counted, the filters applied (blank when none) and one row
 * per outlet, the most cited first.
 */
public record SourcesReport(int observations, String grade, String outlet, List<Row> rows) {
  /** The grade key under which observations whose source has no grade are counted. */
  public static final String UNGRADED = "ungraded";

  public SourcesReport {
    rows = List.copyOf(rows);
  }

  /**
   * One outlet: its host, name, kind, default reliability and note; how many observations cite it, the grades their
   * sources were given (grade code to count, "ungraded" for none), and the first and last dates they state.
   */
  public record Row(
      String host,
      String name,
      OutletKind kind,
      char reliability,
      String note,
      int observations,
      Map<String, Integer> grades,
      LocalDate first,
      LocalDate last) {
    public Row {
      grades = java.util.Collections.unmodifiableMap(new TreeMap<>(grades));
    }

    /** True for state media, partisan sites, mirrors, forums and blogs. */
    public boolean flagged() {
      return kind.flagged();
    }
  }
}
