package io.frontline.cli;

import picocli.CommandLine.Command;

/** The top-level command. */
@Command(
    name = "frontline",
    mixinStandardHelpOptions = true,
    version = "Frontline 0.1.0",
    description =
        "Who controls which territory, when, on what evidence: sourced observations, control maps and figures.",
    subcommands = {
      DemoCommand.class,
      InitCommand.class,
      FiguresCommand.class,
      ChangesCommand.class,
      HistoryCommand.class,
      SeriesCommand.class,
      ImportCommand.class,
      CorrectCommand.class,
      RetractCommand.class,
      ExportCommand.class,
      GazetteerCommand.class,
      ActorsCommand.class,
      MapCommand.class,
      AnimateCommand.class,
      ChartCommand.class,
      CalibrateCommand.class,
      ServeCommand.class,
      SourcesCommand.class,
      EventsCommand.class,
      SuggestionsCommand.class
    },
    footer = {
      "",
      "Exit codes: 0 ok, 1 internal error (a bug), 2 bad usage or value, 3 input rejected (an import with",
      "errors, a correction of a retracted observation; nothing written), 4 not found (file, folder, actor, place,",
      "observation, or nothing recorded by --as-of), 5 store cannot be opened or written."
    })
public final class FrontlineCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
