package io.frontline.cli;

import io.frontline.refusals.Refusal;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: runs a command and maps every failure to one line on stderr and a documented exit code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    IndexPrefetch.start(args);
    NativeSqlite.useCopyBesideJar();
    io.frontline.store.GeoPackageStore.loadDriverInBackground();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs a command line with the given streams; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine(args);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, err));
    cli.setParameterExceptionHandler((e, args2) -> {
      err.println("frontline: " + e.getMessage());
      String name = e.getCommandLine().getCommandName();
      err.println("Try 'frontline " + (name.equals("frontline") ? "" : name + " ") + "--help'.");
      return ExitCode.USAGE;
    });
    return cli.execute(args);
  }

  /**
   * The command line for these arguments. When they start with a command's name, only that command is set up under
   * the top level (picocli reads every option and description of every command it is given, a third of a short
   * query's start-up); otherwise the whole tree, for the top-level help and its errors.
   */
  static CommandLine commandLine(String[] args) {
    Command top = FrontlineCommand.class.getAnnotation(Command.class);
    if (args.length > 0) {
      for (Class<?> sub : top.subcommands()) {
        Command command = sub.getAnnotation(Command.class);
        if (command != null
            && (command.name().equals(args[0])
                || Arrays.asList(command.aliases()).contains(args[0]))) {
          return new CommandLine(new Lean()).addSubcommand(new CommandLine(sub));
        }
      }
    }
    return new CommandLine(new FrontlineCommand());
  }

  /** The top level with no commands under it, for {@link #commandLine}; named and versioned as the full one. */
  @Command(
      name = "frontline",
      mixinStandardHelpOptions = true,
      versionProvider = Lean.Version.class)
  static final class Lean implements Runnable {
    @Override
    public void run() {
      throw new IllegalStateException("the top level runs only through the full command tree");
    }

    static final class Version implements CommandLine.IVersionProvider {
      @Override
      public String[] getVersion() {
        return FrontlineCommand.class.getAnnotation(Command.class).version();
      }
    }
  }

  static int report(Exception e, PrintWriter err) {
    if (e instanceof Refusal refusal) {
      err.println("frontline: " + refusal.detail(ExitCode::option));
      return ExitCode.of(refusal.kind());
    }
    if (e instanceof IllegalArgumentException bad) {
      err.println("frontline: " + bad.getMessage());
      return ExitCode.USAGE;
    }
    err.println("frontline: internal error: " + e);
    e.printStackTrace(err);
    err.println("This is a bug; please report it with the command you ran.");
    return ExitCode.INTERNAL;
  }
}
