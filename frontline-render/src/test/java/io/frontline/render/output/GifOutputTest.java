package io.frontline.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import org.junit.jupiter.api.Test;

class GifOutputTest {
  @Test
  void framesKeepTheirExactColoursAndTheAnimationLoops() throws Exception {
    GifPalette palette =
        new GifPalette(List.of(Color.WHITE, new Color(0xc6dbe8), new Color(0x66aad1)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GifOutput gif =
        new GifOutput(bytes, palette, Map.of("frontline:command", "frontline animate"))) {
      gif.add(frame(0xc6dbe8), 100);
      gif.add(frame(0x66aad1), 300);
      assertThat(gif.frames()).isEqualTo(2);
    }
    ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
    reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(reader.getNumImages(true)).isEqualTo(2);
    assertThat(reader.read(0).getRGB(1, 1) & 0xffffff).isEqualTo(0xc6dbe8);
    assertThat(reader.read(1).getRGB(1, 1) & 0xffffff).isEqualTo(0x66aad1);
    assertThat(reader.read(1).getRGB(0, 0) & 0xffffff).isEqualTo(0x000000);
    IIOMetadataNode first =
        (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
    IIOMetadataNode app =
        (IIOMetadataNode) first.getElementsByTagName("ApplicationExtension").item(0);
    assertThat(app.getAttribute("applicationID")).isEqualTo("NETSCAPE");
    IIOMetadataNode comment =
        (IIOMetadataNode) first.getElementsByTagName("CommentExtension").item(0);
    assertThat(comment.getAttribute("value")).contains("frontline:command: frontline animate");
    IIOMetadataNode control =
        (IIOMetadataNode) first.getElementsByTagName("GraphicControlExtension").item(0);
    assertThat(control.getAttribute("delayTime")).isEqualTo("10");
  }

  private static BufferedImage frame(int rgb) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 8; x++) {
      for (int y = 1; y < 8; y++) {
        image.setRGB(x, y, rgb);
      }
    }
    return image;
  }
}
