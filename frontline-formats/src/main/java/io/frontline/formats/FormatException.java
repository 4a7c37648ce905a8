package io.frontline.formats;

import io.frontline.formats.text.Quoted;
import io.frontline.observations.Finding;

/**
 * Input that cannot be read as the format it claims to be: a stable finding {@code code}, where it is
 * ({@code location}, empty until a reader knows it) and the offending geometry as WKT where there is one.
 */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String code;
  private final String location;
  private final String wkt;

  public FormatException(String code, String location, String message, String wkt) {
    super(message);
    this.code = code;
    this.location = location == null ? "" : location;
    this.wkt = wkt == null ? "" : wkt;
  }

  public FormatException(String code, String location, String message) {
    this(code, location, message, "");
  }

  public String code() {
    return code;
  }

  public String location() {
    return location;
  }

  public String wkt() {
    return wkt;
  }

  /** The same problem placed at a location ("feature 3"). */
  public FormatException at(String newLocation) {
    FormatException placed = new FormatException(code, newLocation, getMessage(), wkt);
    placed.initCause(this);
    return placed;
  }

  /** The problem as an error finding. */
  public Finding toFinding() {
    return new Finding(Finding.Severity.ERROR, code, location, Quoted.printable(getMessage()), wkt);
  }
}
