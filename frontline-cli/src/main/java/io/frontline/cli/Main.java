package io.frontline.cli;

import io.frontline.store.StoreException;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point: runs a command and maps every failure to one line on stderr and a documented exit code. */
public final class Main {
  private Main() {
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new FrontlineCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, err));
    cli.setParameterExceptionHandler((e, args2) -> {
      err.println("frontline: " + e.getMessage());
      err.println("Try 'frontline " + e.getCommandLine().getCommandName() + " --help'.");
      return ExitCode.USAGE;
    });
    return cli.execute(args);
  }

  static int report(Exception e, PrintWriter err) {
    if (e instanceof UserError user) {
      err.println("frontline: " + user.getMessage());
      return user.exitCode();
    }
    if (e instanceof IllegalArgumentException bad) {
      err.println("frontline: " + bad.getMessage());
      return ExitCode.USAGE;
    }
    if (e instanceof StoreException store) {
      err.println("frontline: " + store.getMessage());
      return ExitCode.STORE;
    }
    err.println("frontline: internal error: " + e);
    e.printStackTrace(err);
    err.println("This is a bug; please report it with the command you ran.");
    return ExitCode.INTERNAL;
  }
}
