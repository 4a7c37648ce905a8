package io.frontline.imports;

import io.frontline.formats.FindingCode;
import io.frontline.formats.text.Quoted;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The file formats an import reads. The content decides where it has a signature (a zip is KMZ, "{" starts GeoJSON,
 * "<" starts KML, after any byte-order mark and white space); otherwise the extension does (.geojson and .json,
 * .kml, .kmz, .csv).
 */
public enum ImportFormat {
  GEOJSON("geojson"),
  KML("kml"),
  KMZ("kmz"),
  CSV("csv");

  private static final int SNIFF_BYTES = 1024;
  private final String code;

  ImportFormat(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** The format of a file; throws a {@link io.frontline.formats.FormatException} coded unknown-format. */
  public static ImportFormat detect(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return byContent(head)
        .or(() -> byExtension(file))
        .orElseThrow(() -> FindingCode.UNKNOWN_FORMAT.exception(
            "file",
            "cannot tell the format of " + Quoted.of(file.getFileName().toString())
                + ": use .geojson, .json, .kml, .kmz or .csv"));
  }

  static Optional<ImportFormat> byContent(byte[] head) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return Optional.of(KMZ);
    }
    boolean bom = head.length >= 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF;
    int i = bom ? 3 : 0;
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    if (i == head.length) {
      return Optional.empty();
    }
    return head[i] == '{'
        ? Optional.of(GEOJSON)
        : head[i] == '<' ? Optional.of(KML) : Optional.empty();
  }

  static Optional<ImportFormat> byExtension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String extension = name.substring(name.lastIndexOf('.') + 1);
    return switch (extension) {
      case "geojson", "json" -> Optional.of(GEOJSON);
      case "kml" -> Optional.of(KML);
      case "kmz" -> Optional.of(KMZ);
      case "csv" -> Optional.of(CSV);
      default -> Optional.empty();
    };
  }
}
