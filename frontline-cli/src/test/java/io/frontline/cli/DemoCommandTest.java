package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo prints what a newsroom asked for, reuses its store, and leaves other stores alone. */
class DemoCommandTest {
  @TempDir
  Path dir;

  @Test
  void printsFiguresChangesPeakAndHistoriesWithTheirMethod() {
    Cli.Run run = Cli.demoRun(dir);
    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("Loaded the Islamic State scenario")
        .contains("Figures on 2016-02-01", "Figures on 2017-06-05")
        .containsPattern("A reconstruction from \\d+ sourced observations")
        .contains("Changes from 2016-02-01 to 2017-06-05", "Transfers (from -> to):")
        .containsPattern("Largest extent of Islamic State: [\\d,]+ km2 from 20\\d\\d-\\d\\d-\\d\\d")
        .containsPattern("times Belgium")
        .contains("Mosul (GeoNames 99072", "Ar Raqqah (GeoNames 172955", "Tadmur (GeoNames 163808")
        .contains("Rule: ", "Zones: ", "Population: ");
    assertThat(run.out()).containsPattern("from \\d{3} rows in review/is-towns-2014-2019.csv");
    if (run.out().contains("rows not loaded")) {
      assertThat(run.out())
          .containsPattern("\\d+ rows not loaded \\(never guessed\\):")
          .containsPattern("\\(review/is-towns-2014-2019\\.csv line \\d+");
    }
  }

  @Test
  void aSecondRunReusesTheStoreAndAddsNothing() {
    Path store = Cli.demoStore(dir);
    String before = Cli.run(
            "figures", "--date", "2016-02-01", "--store", store.toString(), "--json")
        .out();
    Cli.Run again = Cli.run("demo", "--store", store.toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("Using the Islamic State scenario already in");
    assertThat(Cli.run("figures", "--date", "2016-02-01", "--store", store.toString(), "--json")
            .out())
        .isEqualTo(before);
  }
}
