package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.render.output.JpegOutput;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Output files: real JPEG, unknown extensions refused, the folder checked before any work, bounds named up front. */
class OutputFilesTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @Test
  void aJpgFileIsARealJpegWithItsProvenance() throws Exception {
    Path out = dir.resolve("map.jpg");
    Cli.Run run = Cli.run(
        "map",
        "--date",
        "2016-02-01",
        "--size",
        "800x600",
        "--out",
        out.toString(),
        "--store",
        store);
    assertThat(run.exit()).as(run.err()).isZero();
    byte[] bytes = Files.readAllBytes(out);
    assertThat(bytes[0] & 0xff).isEqualTo(0xFF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xD8);
    BufferedImage image = ImageIO.read(out.toFile());
    assertThat(image.getWidth()).isEqualTo(800);
    try (InputStream in = Files.newInputStream(out)) {
      assertThat(JpegOutput.readComment(in))
          .contains("frontline:command: frontline map --date 2016-02-01");
    }
    Path chart = dir.resolve("bars.jpeg");
    assertThat(Cli.run(
                "chart",
                "bars",
                "--date",
                "2016-02-01",
                "--out",
                chart.toString(),
                "--store",
                store)
            .exit())
        .isZero();
    assertThat(ImageIO.read(chart.toFile())).isNotNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "map --date 2016-02-01 --out DIR/x.tiff | 2 | cannot write DIR/x.tiff: this command writes png, svg, pdf, jpg, not 'tiff'",
        "map --date 2016-02-01 --out /proc/x.png | 2 | cannot write /proc/x.png: /proc does not accept new files",
        "map --date 2016-02-01 --out DIR/no/such/x.png | 4 | cannot write DIR/no/such/x.png: no directory DIR/no/such",
        "chart bars --date 2016-02-01 --out DIR/x.docx | 2 | this command writes png, svg, pdf, jpg, not 'docx'",
        "chart bars --date 2016-02-01 --out /proc/x.svg | 2 | /proc does not accept new files",
        "animate --from 2016-01-01 --to 2016-03-01 --out DIR/no/such/x.gif | 4 | no directory DIR/no/such",
        "animate --from 2016-01-01 --to 2016-03-01 --out DIR/x.mp4 | 2 | this command writes gif, not 'mp4'",
        "animate --from 2016-01-01 --to 2016-03-01 --format png --out DIR/x.gif | 2 | this command writes gif, not png",
        "animate --from 2016-01-01 --to 2016-03-01 --frame-ms 5 --out DIR/x.gif | 2 | --frame-ms must be between 20 and 60000, was 5",
        "animate --from 2016-01-01 --to 2016-03-01 --size 10x10 --out DIR/x.gif | 2 | size must be between 320 and 12000",
        "map --date 2016-02-01 --around Mosul --radius 0km --out DIR/x.png | 2 | --radius must be between 1 and 2000 km",
        "export --format csv --out /proc/x.csv | 2 | /proc does not accept new files",
        "export --format csv --out DIR/no/such/x.csv | 4 | no directory DIR/no/such",
        "changes --from 2016-01-01 --to 2017-01-01 --limit -1 | 2 | --limit must be 0 or more, was -1",
        "figures --date 2016-01-01 --zone-radius 900 | 2 | zone radius must be between 1 and 500 km, was 900.0"
      })
  void badOutputsAndValuesAreRefusedInOneLineBeforeAnyWork(String args, int code, String message) {
    String d = dir.toString();
    Cli.Run run = Cli.run((args.replace("DIR", d) + " --store " + store).split(" "));
    assertThat(run.exit()).as(run.err()).isEqualTo(code);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().strip())
        .startsWith("frontline: ")
        .contains(message.replace("DIR", d))
        .hasLineCount(1)
        .doesNotContain("Exception");
  }

  @Test
  void changesWithLimitZeroListsNoSettlementsButTheCount() {
    Cli.Run run = Cli.run(
        "changes", "--from", "2016-01-01", "--to", "2017-01-01", "--limit", "0", "--store", store);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Settlements that changed hands: ")
        .contains("use --json or --limit");
  }

  @Test
  void animateOffersOnlyTheFormatItWrites() {
    String help = Cli.run("animate", "--help").out();
    assertThat(help)
        .contains("--format=FORMAT")
        .contains("gif, the one format")
        .doesNotContain("svg")
        .doesNotContain("pdf");
    assertThat(Cli.run("map", "--help").out()).contains("png, svg, pdf or jpg");
  }

  @Test
  void figuresAndChangesSayWhereAreaHeldComesFrom() {
    String figures = Cli.run(
            "figures", "--date", "2016-02-01", "--zone-radius", "20", "--store", store)
        .out();
    assertThat(figures)
        .contains("Area held: ground within 20 km of an observed place that holds it")
        .contains("clipped to the country; plus areas observed as drawn")
        .contains("Set the radius with --zone-radius");
    assertThat(figures.indexOf("Area held:")).isGreaterThan(figures.indexOf("Islamic State"));
    String changes = Cli.run(
            "changes", "--from", "2016-01-01", "--to", "2017-01-01", "--store", store)
        .out();
    assertThat(changes)
        .contains("Area held: ground within 30 km of an observed place that holds it");
  }
}
