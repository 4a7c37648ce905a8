package io.frontline.cli;

/** An error the user can fix: printed as one line without a stack trace, with its exit code. */
public final class UserError extends RuntimeException {
  private final int exitCode;

  public UserError(int exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }

  public static UserError notFound(String message) {
    return new UserError(ExitCode.NOT_FOUND, message);
  }

  public static UserError usage(String message) {
    return new UserError(ExitCode.USAGE, message);
  }
}
