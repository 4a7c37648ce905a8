package io.frontline.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class JpegOutputTest {
  @Test
  void writesAJpegWithItsResolutionAndTheProvenanceAsAUtf8Comment() throws Exception {
    BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, Color.RED.getRGB());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JpegOutput.write(
        image, 150, Map.of("frontline:title", "الموصل", "frontline:command", "frontline map"), out);
    byte[] bytes = out.toByteArray();
    assertThat(bytes[0] & 0xff).isEqualTo(0xFF);
    assertThat(bytes[1] & 0xff).isEqualTo(0xD8);
    assertThat(ImageIO.read(new ByteArrayInputStream(bytes)).getWidth()).isEqualTo(400);
    assertThat(JpegOutput.readComment(new ByteArrayInputStream(bytes)))
        .isEqualTo("frontline:command: frontline map\nfrontline:title: الموصل");
  }

  @Test
  void jpgAndJpegNameTheFormat() {
    assertThat(Format.find("JPEG")).contains(Format.JPG);
    assertThat(Format.ofPath(Path.of("map.jpg"))).contains(Format.JPG);
    assertThat(Format.extension(Path.of("map.tiff"))).contains("tiff");
    assertThat(Format.extension(Path.of(".hidden"))).isEmpty();
    assertThat(Format.JPG.raster()).isTrue();
    assertThat(Format.SVG.raster()).isFalse();
  }
}
