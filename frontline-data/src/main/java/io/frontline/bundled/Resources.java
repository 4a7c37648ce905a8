package io.frontline.bundled;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/** Opens bundled data files from the class path. */
final class Resources {
  private Resources() {}

  static InputStream open(String path) {
    InputStream in = Resources.class.getResourceAsStream("/frontline/" + path);
    if (in == null) {
      throw new IllegalStateException(
          "bundled data file missing from the build: /frontline/" + path);
    }
    try {
      return path.endsWith(".gz") ? new GZIPInputStream(in, 1 << 16) : in;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled /frontline/" + path, e);
    }
  }
}
