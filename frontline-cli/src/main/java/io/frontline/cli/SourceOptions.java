package io.frontline.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The source of a correction or a retraction, given as the import formats give it (source_url, source_title...). */
final class SourceOptions {
  @Option(
      names = "--source-url",
      paramLabel = "URL",
      description = "An absolute http(s) URL of the source (repeatable).")
  List<String> urls = new ArrayList<>();

  @Option(
      names = "--source-title",
      paramLabel = "TEXT",
      description = "The source's title (\"Reuters, 10 June 2014\").")
  String title;

  @Option(
      names = "--source-citation",
      paramLabel = "TEXT",
      description = "A citation without a URL.")
  String citation;

  @Option(
      names = "--source-kind",
      paramLabel = "KIND",
      defaultValue = "news",
      description = "satellite_imagery,"
          + " official_statement, news, analyst or reference (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(
      names = "--source-grade",
      paramLabel = "GRADE",
      description =
          "The source's Admiralty-code grade: reliability A-F then credibility 1-6, e.g. B2.")
  String grade;

  /** The source given, as the fields of an observation (a missing one as null); it is checked as any source is. */
  Map<String, String> fields() {
    Map<String, String> fields = new HashMap<>();
    fields.put("source_title", title);
    fields.put("source_url", String.join(" ", urls).strip());
    fields.put("source_citation", citation);
    fields.put("source_kind", kind);
    fields.put("source_grade", grade);
    return fields;
  }
}
