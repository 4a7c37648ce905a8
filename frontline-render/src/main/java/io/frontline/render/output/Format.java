package io.frontline.render.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An output format, named by the user or taken from the output file's extension. */
public enum Format {
  PNG("png"), SVG("svg"), PDF("pdf"), GIF("gif");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static Optional<Format> find(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(n)).findFirst();
  }

  /** The format the file name's extension names, if any. */
  public static Optional<Format> ofPath(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : find(name.substring(dot + 1));
  }
}
