package io.frontline.cli;

import io.frontline.app.maps.MapPictures;
import io.frontline.refusals.Refusal;
import io.frontline.render.output.Format;
import io.frontline.render.output.OutputException;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options every picture-making command shares: output file and format, size, resolution and language. */
final class RenderOptions {
  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Option(
      names = "--size",
      paramLabel = "SIZE",
      description =
          "WIDTHxHEIGHT in pixels, a4 or a4-landscape (default: 1600x1200; animations 1000x750).")
  String size;

  @Option(
      names = "--dpi",
      paramLabel = "DPI",
      defaultValue = "150",
      description =
          "Resolution: sets the pixels of a4 sizes and the physical size recorded (default: ${DEFAULT-VALUE}).")
  int dpi;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description =
          "Language of labels, dates and numbers: en, nl, fr, de or ar (default: ${DEFAULT-VALUE}).")
  String lang;

  MapLanguage language() {
    return MapPictures.language(lang);
  }

  PageSize page(String defaultSize) {
    return MapPictures.page(
        Optional.of(size == null ? defaultSize : size), dpi, MapPictures.Limits.RENDERER);
  }

  /**
   * Checks every rendering option before any work: the format ({@code format} as asked for, else the --out file's
   * extension, else {@code fallback}; only {@code allowed} formats pass), the size, the language and the output file.
   */
  Format check(String format, Format fallback, List<Format> allowed, String defaultSize) {
    Format f = format(format, fallback, allowed);
    page(defaultSize);
    language();
    OutputFile.check(out);
    return f;
  }

  private Format format(String format, Format fallback, List<Format> allowed) {
    if (format != null) {
      Format f = Format.find(format)
          .orElseThrow(() -> Refusal.badInput(
              null, "--format must be one of " + names(allowed) + ", was '" + format + "'"));
      return allowedOr(f, allowed);
    }
    String extension = Format.extension(out).orElse(null);
    if (extension == null) {
      return fallback;
    }
    return allowedOr(
        Format.find(extension)
            .orElseThrow(() -> Refusal.badInput(
                null,
                "cannot write " + out + ": this command writes " + names(allowed) + ", not '"
                    + extension + "'; end --out with one of them")),
        allowed);
  }

  private static Format allowedOr(Format f, List<Format> allowed) {
    if (!allowed.contains(f)) {
      throw Refusal.badInput(
          null, "this command writes " + names(allowed) + ", not " + f.extension());
    }
    return f;
  }

  private static String names(List<Format> formats) {
    return String.join(", ", formats.stream().map(Format::extension).toList());
  }

  /** A write failure as a user error: exit 4 when the directory is missing, 2 when the file cannot be written. */
  static Refusal failed(OutputException e) {
    return e.missingDirectory()
        ? Refusal.notFound(e.getMessage())
        : Refusal.badInput(null, e.getMessage());
  }
}
