package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** --as-of before anything was recorded says so on every command that takes it, with exit 4 and nothing written. */
class AsOfTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "figures --date 2017-06-05",
    "figures --date 2017-06-05 --json",
    "changes --from 2016-01-01 --to 2017-01-01",
    "history Mosul",
    "series --from 2016-01-01 --to 2016-02-01 --actor IS",
    "export --format geojson",
    "map --date 2016-01-01 --out OUT.png",
    "chart bars --date 2016-01-01 --out OUT.svg",
    "animate --from 2016-01-01 --to 2016-03-01 --out OUT.gif"
  })
  void aTimeBeforeTheFirstRecordSaysNothingWasRecordedThen(String args) {
    String line = args.replace("OUT", dir.resolve("early").toString())
        + " --as-of 2001-01-01 --store " + store;
    Cli.Run run = Cli.run(line.split(" "));
    assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.NOT_FOUND);
    assertThat(run.err().strip())
        .startsWith("frontline: nothing was recorded in this store by 2001-01-01T23:59Z"
            + " (--as-of 2001-01-01); the first record is from 20")
        .hasLineCount(1);
    assertThat(run.out()).isEmpty();
    assertThat(Files.exists(dir.resolve(
            args.contains("OUT.")
                ? "early" + args.substring(args.indexOf("OUT.") + 3, args.indexOf("OUT.") + 7)
                : "none")))
        .isFalse();
  }

  @Test
  void anInstantIsNamedToTheMinuteAndALaterTimeWorks() {
    Cli.Run early = Cli.run(
        "figures", "--date", "2016-01-01", "--as-of", "2001-01-01T12:00:00Z", "--store", store);
    assertThat(early.err()).contains("by 2001-01-01T12:00Z (--as-of 2001-01-01T12:00:00Z)");
    Cli.Run later =
        Cli.run("figures", "--date", "2016-01-01", "--as-of", "2100-01-01", "--store", store);
    assertThat(later.exit()).as(later.err()).isZero();
    assertThat(later.out()).contains("Islamic State");
  }
}
