package io.frontline.cli;

import io.frontline.app.maps.PictureProvenance;
import io.frontline.figures.Figures;
import io.frontline.render.output.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** Builds the provenance a picture carries from the workspace and the command line that made it. */
final class ProvenanceOf {
  static final String SOFTWARE = PictureProvenance.SOFTWARE;

  private ProvenanceOf() {}

  /** The command line as the user typed it (arguments quoted where they hold spaces). */
  static String command(CommandSpec spec) {
    List<String> args = spec.commandLine().getParseResult().originalArgs();
    String line = args.stream()
        .map(a -> a.contains(" ") ? "'" + a + "'" : a)
        .collect(Collectors.joining(" "));
    return "frontline "
        + (args.isEmpty() || !args.get(0).equals(spec.name()) ? spec.name() + " " : "") + line;
  }

  /**
   * @param figures the figures per date shown
   * @param actor the actor whose figures are recorded, or all actors with ground when empty
   */
  static Provenance of(
      Workspace ws, String command, List<Figures> figures, Optional<String> actor) {
    return PictureProvenance.of(ws, command, figures, actor);
  }
}
