package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.bundled.PublishedFigures;
import io.frontline.figures.calibration.CalibrationRules;
import io.frontline.figures.calibration.CalibrationSeries;
import io.frontline.figures.calibration.PublishedFigure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's Islamic State series stays true to the published record (docs/CALIBRATION.md states the rules and how
 * far the series is from each figure; {@code frontline calibrate} regenerates it). Each rule is one test, so a run
 * names every rule that fails and by how much.
 */
class CalibrationTest {
  private static Path dir;
  private static CalibrationSeries series;
  private static List<PublishedFigure> figures;

  @BeforeAll
  static void buildSeries() throws IOException {
    dir = Files.createTempDirectory("frontline-calibration");
    Path store = Cli.demoStore(dir);
    try (Workspace ws = Workspace.open(StoreOptions.of(store))) {
      series = CalibrationRun.series(ws, CalibrationRun.ACTOR);
    }
    figures = PublishedFigures.all();
  }

  @AfterAll
  static void removeStore() throws IOException {
    Files.deleteIfExists(dir.resolve("frontline.gpkg"));
    try (var cache = Files.walk(dir)) {
      cache.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void areaStaysWithin25PercentOfEveryPublishedAreaFrom2015To2017() {
    assertHolds(CalibrationRules.areaBand(series, figures));
  }

  @Test
  void the180DayMeanAreaFallsQuarterAfterQuarterFromMarch2015ToDecember2017() {
    assertHolds(CalibrationRules.falling(series));
  }

  @Test
  void lateDecember2017IsUnder10000Km2() {
    assertHolds(CalibrationRules.late2017(series));
  }

  @Test
  void nothingIsHeldFrom24March2019() {
    assertHolds(CalibrationRules.gone(series));
  }

  @Test
  void peakPopulationIsWithinAFactor15OfThePublishedPeakEstimates() {
    assertHolds(CalibrationRules.peakPopulation(series, figures));
  }

  @Test
  void everyPublishedFigureIsCompared() {
    assertThat(figures).hasSizeGreaterThan(30);
    assertThat(figures).allSatisfy(f -> assertThat(f.sourceUrl()).startsWith("http"));
    assertThat(new io.frontline.figures.calibration.CalibrationOp(series).compare(figures))
        .allSatisfy(c -> assertThat(c.frontline()).isFinite());
  }

  private static void assertHolds(CalibrationRules.Check check) {
    assertThat(check.passed())
        .as(
            "%s%nmeasured: %s%nfailures:%n  %s",
            check.rule(), check.measured(), String.join("\n  ", check.failures()))
        .isTrue();
  }
}
