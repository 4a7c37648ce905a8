package io.frontline.bundled;

import io.frontline.sources.Outlet;
import io.frontline.sources.OutletKind;
import io.frontline.sources.Outlets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled table of outlets ({@code sources/outlets.tsv}): every host the bundled scenarios cite, with the outlet's
 * name, kind, default reliability letter and why. Lines starting with '#' are comments; the first other line is the
 * header. Loaded once.
 */
public final class BundledOutlets {
  static final String FILE = "sources/outlets.tsv";
  private static volatile Outlets table;

  private BundledOutlets() {}

  public static Outlets table() {
    Outlets loaded = table;
    if (loaded == null) {
      loaded = new Outlets(read());
      table = loaded;
    }
    return loaded;
  }

  private static List<Outlet> read() {
    List<Outlet> outlets = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(new InputStreamReader(Resources.open(FILE), StandardCharsets.UTF_8))) {
      boolean header = true;
      int lineNumber = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        outlets.add(outlet(line, lineNumber));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled " + FILE, e);
    }
    return outlets;
  }

  private static Outlet outlet(String line, int lineNumber) {
    String[] f = line.split("\t", -1);
    if (f.length != 5 || f[3].length() != 1) {
      throw new IllegalStateException(
          FILE + " line " + lineNumber + ": expected host, outlet, kind, reliability "
              + "(one letter) and note separated by tabs");
    }
    return new Outlet(f[0], f[1], OutletKind.parse(f[2]), f[3].charAt(0), f[4]);
  }
}
