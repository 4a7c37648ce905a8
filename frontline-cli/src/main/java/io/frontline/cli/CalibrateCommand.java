package io.frontline.cli;

import io.frontline.bundled.PublishedFigures;
import io.frontline.figures.calibration.CalibrationOp;
import io.frontline.figures.calibration.CalibrationRules;
import io.frontline.figures.calibration.CalibrationSeries;
import io.frontline.figures.calibration.Comparison;
import io.frontline.figures.calibration.PublishedFigure;
import io.frontline.refusals.Refusal;
import io.frontline.render.output.OutputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Compares the Islamic State's daily series with every bundled published figure and writes the report. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Compares the Islamic State's daily area and population, 2014-01-01 to 2019-12-31, with the"
          + " figures others published (bundled: calibration/published-figures.csv) and writes DOCS/CALIBRATION.md"
          + " with its charts DOCS/calibration/area.svg|png and population.svg|png.",
      "Prints whether each rule of the calibration test holds. The same store gives the same files."
    },
    footer = {
      "",
      "Exit codes: 0 ok (also when rules fail: the report says which), 2 unwritable folder, 4 no store"
          + " or unknown actor, 5 store problem."
    })
final class CalibrateCommand implements Callable<Integer> {
  static final String REGENERATE = "./frontline demo && ./frontline calibrate";

  @Mixin
  StoreOptions store;

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--docs",
      paramLabel = "DIR",
      defaultValue = "docs",
      description =
          "Folder to write CALIBRATION.md and calibration/ into (default: ${DEFAULT-VALUE}).")
  Path docs;

  @Option(
      names = "--actor",
      paramLabel = "ACTOR",
      defaultValue = CalibrationRun.ACTOR,
      description = "The actor the figures are of (default: ${DEFAULT-VALUE}).")
  String actor;

  @Override
  public Integer call() {
    if (!Files.isDirectory(docs)) {
      throw Refusal.badInput(
          null, "--docs must be an existing folder, was " + docs.toAbsolutePath());
    }
    try (Workspace ws = Workspace.open(store)) {
      String id = ws.actor(actor).id();
      CalibrationSeries series = CalibrationRun.series(ws, id);
      List<PublishedFigure> figures = PublishedFigures.all();
      List<Comparison> rows = new CalibrationOp(series).compare(figures);
      List<CalibrationRules.Check> checks = CalibrationRules.check(series, figures);
      Path charts = docs.resolve("calibration");
      Files.createDirectories(charts);
      new CalibrationCharts(ws, series, figures).write(charts);
      String md = new CalibrationReport(ws, series, rows, checks).markdown();
      Files.writeString(docs.resolve("CALIBRATION.md"), md, StandardCharsets.UTF_8);
      var out = spec.commandLine().getOut();
      for (CalibrationRules.Check c : checks) {
        out.println((c.passed() ? "holds   " : "FAILS   ") + c.name() + ": " + c.measured());
        c.failures().forEach(f -> out.println("          " + f));
      }
      out.println("Wrote " + docs.resolve("CALIBRATION.md").toAbsolutePath() + " and "
          + charts.toAbsolutePath());
    } catch (IOException e) {
      throw Refusal.badInput(
          null, "cannot write into " + docs.toAbsolutePath() + ": " + e.getMessage());
    } catch (OutputException e) {
      throw Refusal.badInput(null, e.getMessage());
    }
    return ExitCode.OK;
  }
}
