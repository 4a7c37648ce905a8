package io.frontline.render.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * Writes a drawing to a file in a format, all or nothing: the file is written beside its target under a temporary
 * name and moved into place, so a failure never leaves half a picture. Write failures become {@link OutputException}.
 */
public final class Outputs {
  private Outputs() {}

  public static void write(
      Path file,
      Format format,
      PageSize page,
      String title,
      Map<String, String> metadata,
      Drawing drawing) {
    Path target = file.toAbsolutePath();
    checkDirectory(file, target);
    writeAtomically(file, target, out -> {
      switch (format) {
        case PNG -> PngOutput.write(PngOutput.render(page, drawing), page.dpi(), metadata, out);
        case JPG -> JpegOutput.write(PngOutput.render(page, drawing), page.dpi(), metadata, out);
        case SVG ->
          out.write(
              SvgOutput.render(page, drawing, title, metadata).getBytes(StandardCharsets.UTF_8));
        case PDF -> PdfOutput.write(page, drawing, title, metadata, out);
        case GIF ->
          throw new IllegalArgumentException(
              "a single picture cannot be a GIF; use 'frontline animate'");
      }
    });
  }

  /** Something that writes a whole file to a stream. */
  @FunctionalInterface
  public interface Writer {
    void write(OutputStream out) throws IOException;
  }

  /** Runs a writer into a temporary file beside the target, then moves it into place. */
  public static void writeAtomically(Path file, Path target, Writer writer) {
    Path temp = null;
    try {
      temp = target.resolveSibling(
          "." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
      try (OutputStream out =
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        writer.write(out);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AccessDeniedException e) {
      throw new OutputException(file, "permission denied", false, e);
    } catch (FileSystemException e) {
      throw new OutputException(
          file,
          e.getReason() == null ? "the file cannot be created there" : e.getReason(),
          false,
          e);
    } catch (IOException e) {
      throw new OutputException(file, e.getMessage(), false, e);
    } finally {
      removeTemp(temp);
    }
  }

  public static void checkDirectory(Path file, Path target) {
    Path parent = target.getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      throw new OutputException(file, "no directory " + parent, true, null);
    }
    if (Files.isDirectory(target)) {
      throw new OutputException(file, "it is a directory", false, null);
    }
  }

  private static void removeTemp(Path temp) {
    if (temp == null) {
      return;
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      throw new OutputException(
          temp, "cannot remove the temporary file: " + e.getMessage(), false, e);
    }
  }
}
