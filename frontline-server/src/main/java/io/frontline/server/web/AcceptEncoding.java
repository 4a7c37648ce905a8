package io.frontline.server.web;

import java.util.Locale;

/** Reads an Accept-Encoding header (RFC 9110, section 12.5.3) for what a static file needs: may it be gzipped? */
final class AcceptEncoding {
  private AcceptEncoding() {}

  /** Whether {@code header} accepts gzip: listed (or "*") with a quality above zero. No header: no. */
  static boolean allowsGzip(String header) {
    if (header == null) {
      return false;
    }
    Boolean star = null;
    for (String item : header.split(",")) {
      String[] parts = item.split(";");
      String coding = parts[0].strip().toLowerCase(Locale.ROOT);
      boolean allowed = quality(parts) > 0;
      if (coding.equals("gzip") || coding.equals("x-gzip")) {
        return allowed;
      }
      if (coding.equals("*")) {
        star = allowed;
      }
    }
    return Boolean.TRUE.equals(star);
  }

  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("q=")) {
        try {
          return Double.parseDouble(p.substring(2).strip());
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
