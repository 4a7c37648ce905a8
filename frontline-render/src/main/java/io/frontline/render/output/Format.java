package io.frontline.render.output;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An output format, named by the user or taken from the output file's extension. */
public enum Format {
  PNG("png"),
  SVG("svg"),
  PDF("pdf"),
  GIF("gif"),
  JPG("jpg");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public static Optional<Format> find(String name) {
    String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    String wanted = n.equals("jpeg") ? "jpg" : n;
    return Arrays.stream(values()).filter(f -> f.extension.equals(wanted)).findFirst();
  }

  /** The format the file name's extension names, if any. */
  public static Optional<Format> ofPath(Path path) {
    return extension(path).flatMap(Format::find);
  }

  /** The file name's extension, lower case, without the dot; empty when the name has none. */
  public static Optional<String> extension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 || dot == name.length() - 1
        ? Optional.empty()
        : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Whether the format is a picture of pixels (drawn with raster-tuned strokes and text). */
  public boolean raster() {
    return this == PNG || this == GIF || this == JPG;
  }
}
