package io.frontline.sources;

/**
 * A news outlet or other publisher, known by the host its URLs are on: its name, its kind, the Admiralty reliability
 * letter it gets by default (A-F) and why.
 */
public record Outlet(String host, String name, OutletKind kind, char reliability, String note) {
  public Outlet {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("an outlet needs a host");
    }
    host = host.strip().toLowerCase(java.util.Locale.ROOT);
    name = name == null || name.isBlank() ? host : name.strip();
    kind = kind == null ? OutletKind.UNKNOWN : kind;
    if (reliability < 'A' || reliability > 'F') {
      throw new IllegalArgumentException(
          "outlet reliability must be a letter A to F, was '" + reliability + "'");
    }
    note = note == null ? "" : note.strip();
  }

  /** An outlet the table does not know: its own host, kind unknown, reliability F (cannot be judged). */
  public static Outlet unknown(String host) {
    return new Outlet(host, host, OutletKind.UNKNOWN, 'F', "");
  }

  /**
   * "presstv.ir (state media, Iran)": the host, its kind and, when the note starts with the kind and a remark in
   * brackets ("state media (Iran)", "partisan (pro-Russian) site"), that remark.
   */
  public String describe() {
    String prefix = kind.label() + " (";
    int close = note.indexOf(')');
    String aside = note.startsWith(prefix) && close > prefix.length()
        ? ", " + note.substring(prefix.length(), close)
        : "";
    return host + " (" + kind.label() + aside + ")";
  }
}
