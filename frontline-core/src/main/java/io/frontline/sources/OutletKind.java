package io.frontline.sources;

import java.util.Locale;

/**
 * What kind of outlet a source's URL is on. State media, partisan sites, mirrors (copies of Wikipedia or of other
 * sites' reports with no editorial control of their own), forums and blogs are {@link #flagged()}: a statement resting
 * on them alone is weak. An archive keeps a copy of a dated report and is judged by that report.
 */
public enum OutletKind {
  WIRE("wire", false),
  MAJOR("major outlet", false),
  ANALYST("analyst", false),
  OFFICIAL("official", false),
  MONITOR("monitor", false),
  REGIONAL("regional", false),
  STATE("state media", true),
  PARTISAN("partisan", true),
  WIKI("wiki", false),
  MIRROR("mirror", true),
  ARCHIVE("archive", false),
  FORUM("forum", true),
  BLOG("blog", true),
  UNKNOWN("unknown", false);

  private final String label;
  private final boolean flagged;

  OutletKind(String label, boolean flagged) {
    this.label = label;
    this.flagged = flagged;
  }

  /** The code used in files and JSON: "state", "major", "wire". */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Words for people: "state media", "major outlet". */
  public String label() {
    return label;
  }

  /** True for state media, partisan sites, mirrors, forums and blogs. */
  public boolean flagged() {
    return flagged;
  }

  public static OutletKind parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    for (OutletKind k : values()) {
      if (k.code().equals(t) || k.label.replace(' ', '_').equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "outlet kind must be one of wire, major, analyst, official, monitor, regional, "
            + "state, partisan, wiki, mirror, archive, forum, blog, was '" + text + "'");
  }
}
