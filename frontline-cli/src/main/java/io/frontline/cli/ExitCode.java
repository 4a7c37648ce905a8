package io.frontline.cli;

/** The documented exit codes of every frontline command. */
public final class ExitCode {
  public static final int OK = 0;
  /** An unexpected internal error (a bug): the message asks for a report. */
  public static final int INTERNAL = 1;
  /** A bad flag or value on the command line. */
  public static final int USAGE = 2;
  /** Input data was rejected (an import with errors, a change to a retracted observation); nothing was written. */
  public static final int REJECTED = 3;
  /** Something named does not exist: a file, a folder, an actor, a place, an observation, or any record by --as-of. */
  public static final int NOT_FOUND = 4;
  /** The store cannot be opened or written. */
  public static final int STORE = 5;

  private ExitCode() {
  }
}
