package io.frontline.cli.text;

import io.frontline.sources.SourcesReport;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The text form of {@code frontline sources}: one row per outlet, flagged outlets marked with '!'. */
public final class SourcesText {
  private SourcesText() {}

  public static void print(PrintWriter out, SourcesReport report) {
    long flagged = report.rows().stream().filter(SourcesReport.Row::flagged).count();
    out.printf(
        "Sources of %d observations%s: %d outlets, %d of them flagged (!: state media, partisan, mirror, forum"
            + " or blog)%n",
        report.observations(), filters(report), report.rows().size(), flagged);
    Table table =
        new Table("", "outlet", "kind", "observations", "grades", "first", "last").numeric(3);
    for (SourcesReport.Row row : report.rows()) {
      table.row(
          row.flagged() ? "!" : "",
          row.host() + (row.name().equals(row.host()) ? "" : " (" + row.name() + ")"),
          row.kind().label(),
          row.observations(),
          row.grades().entrySet().stream()
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", ")),
          row.first(),
          row.last());
    }
    table.print(out, "  ");
  }

  private static String filters(SourcesReport report) {
    String grade = report.grade().isEmpty() ? "" : " graded " + report.grade();
    String outlet = report.outlet().isEmpty() ? "" : " citing " + report.outlet();
    return grade + outlet;
  }
}
