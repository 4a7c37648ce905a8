package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** frontline calibrate writes the report and its charts, the same files from the same store. */
class CalibrateCommandTest {
  private static final List<String> FILES = List.of(
      "CALIBRATION.md",
      "calibration/area.svg",
      "calibration/area.png",
      "calibration/population.svg",
      "calibration/population.png");

  @TempDir
  Path dir;

  @Test
  void writesTheReportAndItsChartsTheSameEachTime() throws IOException {
    Path store = Cli.demoStore(dir);
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    Cli.Run first = Cli.run("calibrate", "--store", store.toString(), "--docs", a.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("area-band", "falling", "late-2017", "gone", "peak-population", "Wrote ");
    assertThat(Cli.run("calibrate", "--store", store.toString(), "--docs", b.toString())
            .exit())
        .isZero();
    for (String f : FILES) {
      assertThat(Files.readAllBytes(b.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
    String md = Files.readString(a.resolve("CALIBRATION.md"));
    assertThat(md)
        .contains(
            "./frontline demo && ./frontline calibrate",
            "| Rule | Now | Measured |",
            "[IHS Conflict Monitor](https://news.ihsmarkit.com/",
            "(party to the conflict)",
            "![Area held](calibration/area.svg)");
    assertThat(Files.readString(a.resolve("calibration/area.svg")))
        .contains("IHS Conflict Monitor 90,800");
  }

  @Test
  void theAreaChartMarksThePublishedFiguresOfTheIslamicStateOnly() throws IOException {
    Path store = Cli.demoStore(dir);
    Path svg = dir.resolve("area.svg");
    Cli.Run run = Cli.run(
        "chart",
        "area",
        "--actor",
        "islamic-state",
        "--published",
        "--store",
        store.toString(),
        "--from",
        "2014-06-01",
        "--to",
        "2018-01-01",
        "--out",
        svg.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.readString(svg)).contains("IHS Conflict Monitor 90,800", "RAND peak 11.0 M");
    Cli.Run other = Cli.run(
        "chart",
        "area",
        "--actor",
        "iraq",
        "--published",
        "--store",
        store.toString(),
        "--out",
        dir.resolve("iraq.svg").toString());
    assertThat(other.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(other.err()).contains("give --actor islamic-state first");
  }

  @Test
  void aMissingDocsFolderIsAUsageError() {
    Path store = Cli.demoStore(dir);
    Cli.Run run = Cli.run(
        "calibrate", "--store", store.toString(), "--docs", dir.resolve("none").toString());
    assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--docs must be an existing folder");
  }
}
