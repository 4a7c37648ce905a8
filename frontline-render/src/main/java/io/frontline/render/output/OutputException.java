package io.frontline.render.output;

import java.nio.file.Path;

/** An output file could not be written; {@code missingDirectory} when its directory does not exist. */
public final class OutputException extends RuntimeException {
  private final boolean missingDirectory;

  public OutputException(Path file, String reason, boolean missingDirectory, Throwable cause) {
    super("cannot write " + file + ": " + reason, cause);
    this.missingDirectory = missingDirectory;
  }

  public boolean missingDirectory() {
    return missingDirectory;
  }
}
