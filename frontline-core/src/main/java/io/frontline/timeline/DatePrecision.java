package io.frontline.timeline;

/** How exact an observation's date is. Order matters: later constants are more precise. */
public enum DatePrecision {
  YEAR,
  MONTH,
  DAY;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static DatePrecision parse(String text) {
    for (DatePrecision p : values()) {
      if (p.code().equalsIgnoreCase(text.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("precision must be day, month or year, was '" + text + "'");
  }
}
