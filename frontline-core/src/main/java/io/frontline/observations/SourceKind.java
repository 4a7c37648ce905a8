package io.frontline.observations;

import java.util.Locale;

/** What kind of evidence a source is. */
public enum SourceKind {
  SATELLITE_IMAGERY,
  OFFICIAL_STATEMENT,
  NEWS,
  ANALYST,
  REFERENCE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SourceKind parse(String text) {
    String t = text == null
        ? ""
        : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    for (SourceKind k : values()) {
      if (k.code().equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "source kind must be satellite_imagery, official_statement, news, analyst or reference, was '"
            + text + "'");
  }
}
