package io.frontline.cli;

import io.frontline.refusals.Refusal;
import io.frontline.observations.Grade;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The source of a correction or a retraction, given as the import formats give it (source_url, source_title...). */
final class SourceOptions {
  @Option(names = "--source-url", paramLabel = "URL",
      description = "An absolute http(s) URL of the source (repeatable).")
  List<String> urls = new ArrayList<>();

  @Option(names = "--source-title", paramLabel = "TEXT", description = "The source's title (\"Reuters, 10 June 2014\").")
  String title;

  @Option(names = "--source-citation", paramLabel = "TEXT", description = "A citation without a URL.")
  String citation;

  @Option(names = "--source-kind", paramLabel = "KIND", defaultValue = "news", description = "satellite_imagery,"
      + " official_statement, news, analyst or reference (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--source-grade", paramLabel = "GRADE",
      description = "The source's Admiralty-code grade: reliability A-F then credibility 1-6, e.g. B2.")
  String grade;

  /** The source given; at least one of a URL, a title and a citation is required. */
  Source source() {
    if (urls.stream().allMatch(String::isBlank) && blank(title) && blank(citation)) {
      throw Refusal.badInput(null, "give the source: --source-url URL, --source-title TEXT or --source-citation TEXT");
    }
    try {
      return new Source(title, urls, citation, SourceKind.parse(kind), blank(grade) ? null : Grade.parse(grade));
    } catch (IllegalArgumentException e) {
      throw Refusal.badInput(null, e.getMessage());
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
