package io.frontline.observations;

/**
 * A problem found in input: a stable {@code code}, a message a person can act on, where it is ({@code location}:
 * "line 12", "feature 3"), and the offending geometry as WKT where there is one. {@code severity} ERROR rejects the
 * record; REPAIRED means it was repaired unambiguously and accepted.
 */
public record Finding(Severity severity, String code, String location, String message, String wkt) {
  public enum Severity {
    ERROR,
    REPAIRED,
    WARNING
  }

  public Finding {
    wkt = wkt == null ? "" : wkt;
  }

  public static Finding error(String code, String location, String message) {
    return new Finding(Severity.ERROR, code, location, message, "");
  }

  @Override
  public String toString() {
    return location + ": " + severity.name().toLowerCase(java.util.Locale.ROOT) + " [" + code + "] "
        + message
        + (wkt.isEmpty()
            ? ""
            : " (" + (wkt.length() > 200 ? wkt.substring(0, 200) + "..." : wkt) + ")");
  }
}
