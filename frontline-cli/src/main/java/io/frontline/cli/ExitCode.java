package io.frontline.cli;

import io.frontline.refusals.Refusal;

/** The documented exit codes of every frontline command. */
public final class ExitCode {
  public static final int OK = 0;
  /** An unexpected internal error (a bug): the message asks for a report. */
  public static final int INTERNAL = 1;
  /** A bad flag or value on the command line. */
  public static final int USAGE = 2;
  /**
   * Input data was rejected (an import with errors), or conflicts with what is stored (a change to a retracted
   * observation); nothing was written.
   */
  public static final int REJECTED = 3;
  /** Something named does not exist: a file, a folder, an actor, a place, an observation, or any record by --as-of. */
  public static final int NOT_FOUND = 4;
  /** The store cannot be opened or written. */
  public static final int STORE = 5;

  private ExitCode() {}

  /** The one mapping of a refusal to an exit code. */
  public static int of(Refusal.Kind kind) {
    return switch (kind) {
      case BAD_INPUT -> USAGE;
      case REJECTED, CONFLICT -> REJECTED;
      case NOT_FOUND -> NOT_FOUND;
      case UNAVAILABLE -> STORE;
    };
  }

  /** How a refusal's message names a parameter on the command line: {@code --to}. */
  public static String option(String parameter) {
    return "--" + parameter.replace('_', '-');
  }
}
