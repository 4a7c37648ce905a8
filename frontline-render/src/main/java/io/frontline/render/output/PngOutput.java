package io.frontline.render.output;

import io.frontline.render.text.TextPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.metadata.IIOMetadataNode;

/** Renders a drawing to an image and writes it as PNG, with the provenance as iTXt chunks and the resolution. */
public final class PngOutput {
  private static final String NATIVE = "javax_imageio_png_1.0";

  private PngOutput() {}

  public static BufferedImage render(PageSize page, Drawing drawing) {
    BufferedImage image =
        new BufferedImage(page.width_px(), page.height_px(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      drawing.paint(g, TextPainter.shared(TextPainter.Mode.OUTLINES));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Writes the image as PNG with the metadata as iTXt chunks ({@link PngEncoder}). */
  public static void write(
      BufferedImage image, int dpi, Map<String, String> metadata, OutputStream out)
      throws IOException {
    PngEncoder.write(image, dpi, metadata, out);
  }

  /** Reads the iTXt and tEXt entries of a PNG (for checks and tests). */
  public static Map<String, String> readText(java.io.InputStream in) throws IOException {
    Map<String, String> out = new java.util.LinkedHashMap<>();
    try (javax.imageio.stream.ImageInputStream iis = ImageIO.createImageInputStream(in)) {
      javax.imageio.ImageReader reader = ImageIO.getImageReaders(iis).next();
      reader.setInput(iis);
      IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(NATIVE);
      collect(root.getElementsByTagName("iTXtEntry"), out);
      collect(root.getElementsByTagName("tEXtEntry"), out);
      reader.dispose();
    }
    return out;
  }

  private static void collect(org.w3c.dom.NodeList entries, Map<String, String> out) {
    for (int i = 0; i < entries.getLength(); i++) {
      IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
      String value = e.hasAttribute("text") ? e.getAttribute("text") : e.getAttribute("value");
      out.put(e.getAttribute("keyword"), value);
    }
  }
}
