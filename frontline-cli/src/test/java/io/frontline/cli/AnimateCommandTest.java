package io.frontline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Animated GIFs of the demo store: one frame per step, looping, with the provenance. */
class AnimateCommandTest {
  @TempDir
  static Path dir;

  static String store;

  @BeforeAll
  static void demo() {
    store = Cli.demoStore(dir).toString();
  }

  @Test
  @Tag("slow")
  void oneFramePerStepLoopingWithTheCommandInside() throws Exception {
    Path out = dir.resolve("is.gif");
    Cli.Run run = Cli.run(
        "animate",
        "--from",
        "2014-06-01",
        "--to",
        "2019-03-23",
        "--step",
        "1year",
        "--size",
        "640x480",
        "--out",
        out.toString(),
        "--store",
        store);
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("(5 frames)");
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    reader.setInput(ImageIO.createImageInputStream(out.toFile()));
    assertThat(reader.getNumImages(true)).isEqualTo(5);
    assertThat(reader.read(0).getWidth()).isEqualTo(640);
    IIOMetadataNode first =
        (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
    assertThat(((IIOMetadataNode)
                first.getElementsByTagName("ApplicationExtension").item(0))
            .getAttribute("applicationID"))
        .isEqualTo("NETSCAPE");
    assertThat(((IIOMetadataNode) first.getElementsByTagName("CommentExtension").item(0))
            .getAttribute("value"))
        .contains("frontline:command: frontline animate --from 2014-06-01");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--from 2014-06-01 --to 2019-03-23 --step fortnightly --out OUT | 2 | --step must be a count and a unit",
        "--from 2014-06-01 --to 2019-03-23 --step 1day --out OUT | 2 | at most 400 frames",
        "--from 2019-06-01 --to 2014-03-23 --out OUT | 2 | --to must not be before --from",
        "--from 2014-06-01 --to 2015-03-23 --out OUT.png | 2 | this command writes gif, not png"
      })
  void badInput(String args, int code, String message) {
    String line = args.replace("OUT", dir.resolve("bad.gif").toString()) + " --store " + store;
    Cli.Run run = Cli.run(("animate " + line).replace(".gif.png", ".png").split(" "));
    assertThat(run.exit()).as(run.err()).isEqualTo(code);
    assertThat(run.err()).contains(message);
  }
}
