package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Mistakes a user makes get one clear line and a documented exit code, never a stack trace. */
class ErrorsTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "figures --date 2016-02-30 | 2 | --date must be a date YYYY-MM-DD that exists, was '2016-02-30'",
        "figures --date 1066-10-14 | 2 | --date must be between 1900-01-01 and 2100-12-31",
        "figures | 2 | Missing required option: '--date",
        "figures --date 2016-02-01 --actor Atlantis | 4 | unknown actor 'Atlantis'; known: iraq, islamic-state",
        "changes --from 2017-01-01 --to 2016-01-01 | 2 | --to must be after --from",
        "history --place Atlantis | 4 | no place named 'Atlantis' in the gazetteer",
        "history --place 424242424 | 4 | no place with GeoNames id 424242424",
        "series --from 2016-01-01 --to 2016-02-01 --actor IS --json --csv | 2 | choose one of --json and --csv",
        "figures --date 2016-02-01 --as-of yesterday | 2 | --as-of must be YYYY-MM-DD or an ISO instant",
        "figures --date 2016-02-01 --zone-radius 0 | 2 | zone radius must be between 1 and 500 km, was 0.0",
        "import /no/such/file.geojson | 4 | no file at /no/such/file.geojson",
        "export --format gpkg | 2 | --format gpkg needs --out FILE",
        "export --format shapefile | 2 | Invalid value for option '--format'",
        "nonsense | 2 | Unmatched argument at index 0: 'nonsense'"
      })
  void userMistakesGetOneLineAndAnExitCode(String args, int code, String message) {
    String[] words = (args.strip() + " --store " + store).split(" ");
    if (args.startsWith("nonsense")) {
      words = new String[] {"nonsense"};
    }
    Cli.Run run = Cli.run(words);
    assertThat(run.exit()).as(run.err()).isEqualTo(code);
    assertThat(run.err())
        .contains(message)
        .doesNotContain("Exception")
        .doesNotContain("\tat ")
        .doesNotContain("frontline frontline");
  }

  @ParameterizedTest
  @CsvSource({
    "figures --date 2016-02-01",
    "history --place Mosul",
    "changes --from 2016-01-01 --to 2017-01-01"
  })
  void aMissingStoreIsNotCreatedByAReadCommand(String args) {
    Path missing = dir.resolve("missing.gpkg");
    Cli.Run run = Cli.run((args + " --store " + missing).split(" "));
    assertThat(run.exit()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err()).contains("no store at").contains("frontline demo");
    assertThat(Files.exists(missing)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void aFileThatIsNotAStoreIsRefusedClearly() throws Exception {
    Path text =
        Files.writeString(dir.resolve("notes.gpkg"), "these are my notes, not a GeoPackage\n");
    Cli.Run run = Cli.run("figures", "--date", "2016-02-01", "--store", text.toString());
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.STORE);
    assertThat(run.err()).contains("notes.gpkg").doesNotContain("\tat ");
    assertThat(Files.readString(text)).isEqualTo("these are my notes, not a GeoPackage\n");
  }
}
