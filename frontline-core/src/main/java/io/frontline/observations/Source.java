package io.frontline.observations;

import java.net.URI;
import java.util.List;

/**
 * Where an observation comes from. At least a title, a URL or a citation is required; URLs must be absolute http(s).
 * Several URLs may back one observation. {@code grade} is the Admiralty-code grade of its best source, null when none
 * was given.
 */
public record Source(
    String title, List<String> urls, String citation, SourceKind kind, Grade grade) {
  public Source(String title, List<String> urls, String citation, SourceKind kind) {
    this(title, urls, citation, kind, null);
  }

  public Source {
    title = title == null ? "" : title.strip();
    citation = citation == null ? "" : citation.strip();
    urls = List.copyOf(
        urls == null
            ? List.of()
            : urls.stream().map(String::strip).filter(u -> !u.isEmpty()).toList());
    urls.forEach(Source::checkUrl);
    if (title.isEmpty() && urls.isEmpty() && citation.isEmpty()) {
      throw new IllegalArgumentException("a source needs a title, a URL or a citation");
    }
    kind = kind == null ? SourceKind.NEWS : kind;
  }

  /** This source with another grade (null: none). */
  public Source withGrade(Grade newGrade) {
    return new Source(title, urls, citation, kind, newGrade);
  }

  /** The grade's code ("B2"), or "" when the source is not graded. */
  public String gradeCode() {
    return grade == null ? "" : grade.code();
  }

  public static Source ofUrl(String url, SourceKind kind) {
    return new Source("", List.of(url), "", kind);
  }

  /** A stable identity for counting distinct sources: the first URL, else the title and citation. */
  public String key() {
    return key(title, urls, citation);
  }

  /** The key of a source of these (normalized) parts, as {@link #key()} gives it. */
  public static String key(String title, List<String> urls, String citation) {
    return urls.isEmpty() ? title + "|" + citation : urls.get(0);
  }

  /** A short human label: the title, else the URL's host, else the citation. */
  public String label() {
    if (!title.isEmpty()) {
      return title;
    }
    return urls.isEmpty()
        ? citation
        : URI.create(urls.get(0)).getHost().replaceFirst("^www\\.", "");
  }

  private static void checkUrl(String url) {
    try {
      URI uri = new URI(url);
      if (uri.getHost() == null
          || !("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()))) {
        throw new IllegalArgumentException(
            "source URL must be an absolute http(s) URL, was '" + url + "'");
      }
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("source URL is malformed: '" + url + "'");
    }
  }
}
