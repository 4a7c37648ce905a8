package io.frontline.app.exports;

import io.frontline.refusals.Refusal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The data formats Frontline exports, with their file extension and media type. */
public enum ExportFormat {
  GEOJSON("application/geo+json"),
  GPKG("application/geopackage+sqlite3"),
  KML("application/vnd.google-earth.kml+xml"),
  CSV("text/csv; charset=utf-8");

  private final String mediaType;

  ExportFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String mediaType() {
    return mediaType;
  }

  /** The lower-case names, as users write them. */
  public static List<String> names() {
    return Arrays.stream(values()).map(ExportFormat::extension).toList();
  }

  public static Optional<ExportFormat> find(String name) {
    return Arrays.stream(values()).filter(f -> f.extension().equals(name)).findFirst();
  }

  /** The format named; another name is refused, listing the known ones. */
  public static ExportFormat of(String name) {
    return find(name)
        .orElseThrow(() -> Refusal.badInput(
            "format",
            "${format} must be one of " + String.join(", ", names()) + ", was '" + name + "'"));
  }
}
