package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.render.output.PngOutput;
import io.frontline.store.GeoPackageStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontline map --events} on the demo store with the bundled UCDP GED events. */
class MapEventsCommandTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demoWithEvents() {
    Path s = Cli.demoStore(dir);
    try (GeoPackageStore gpkg = GeoPackageStore.open(s)) {
      assertThat(gpkg.eventCount())
          .as("the demo loads both bundled event files")
          .isEqualTo(46_553 + 4_761);
    }
    store = s.toString();
  }

  static Cli.Run map(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "map";
    System.arraycopy(args, 0, all, 1, args.length);
    all[args.length + 1] = "--store";
    all[args.length + 2] = store;
    return Cli.run(all);
  }

  @Test
  void eventsOfTheMapsYearAreDrawnAndCredited() throws Exception {
    Path out = dir.resolve("events.png");
    Cli.Run run = map(
        "--date", "2016-06-01", "--actor", "islamic-state", "--events", "--out", out.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(Files.size(out)).isPositive();
    Files.copy(
        out,
        Path.of("target", "map-events-2016.png"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (InputStream in = Files.newInputStream(out)) {
      Map<String, String> text = PngOutput.readText(in);
      assertThat(String.join(" ", text.values())).contains("--events");
    }
  }

  @Test
  void eventOptionsNeedEventsAndAWholeWindow() {
    Path out = dir.resolve("refused.png");
    Cli.Run alone =
        map("--date", "2016-06-01", "--events-type", "airstrike", "--out", out.toString());
    assertThat(alone.exit()).isEqualTo(2);
    assertThat(alone.err()).contains("go with --events");
    Cli.Run half = map(
        "--date", "2016-06-01", "--events", "--events-from", "2016-01-01", "--out", out.toString());
    assertThat(half.exit()).isEqualTo(2);
    assertThat(half.err()).contains("--events-from and --events-to go together");
  }
}
