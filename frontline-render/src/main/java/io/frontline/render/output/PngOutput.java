package io.frontline.render.output;

import io.frontline.render.text.TextPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/** Renders a drawing to a PNG, with the provenance as iTXt chunks (UTF-8) and the resolution as pHYs. */
public final class PngOutput {
  private static final String NATIVE = "javax_imageio_png_1.0";
  private static final float COMPRESSION_QUALITY = 0.6f;

  private PngOutput() {
  }

  public static BufferedImage render(PageSize page, Drawing drawing) {
    BufferedImage image = new BufferedImage(page.width_px(), page.height_px(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      drawing.paint(g, new TextPainter(TextPainter.Mode.OUTLINES));
    } finally {
      g.dispose();
    }
    return image;
  }

  public static void write(BufferedImage image, int dpi, Map<String, String> metadata, OutputStream out)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(COMPRESSION_QUALITY);
      IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      meta.mergeTree(NATIVE, tree(dpi, metadata));
      writer.write(null, new IIOImage(image, null, meta), param);
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("PNG metadata rejected: " + e.getMessage(), e);
    } finally {
      writer.dispose();
    }
  }

  private static IIOMetadataNode tree(int dpi, Map<String, String> metadata) {
    IIOMetadataNode root = new IIOMetadataNode(NATIVE);
    IIOMetadataNode phys = new IIOMetadataNode("pHYs");
    String perMetre = Integer.toString((int) Math.round(dpi / 0.0254));
    phys.setAttribute("pixelsPerUnitXAxis", perMetre);
    phys.setAttribute("pixelsPerUnitYAxis", perMetre);
    phys.setAttribute("unitSpecifier", "meter");
    root.appendChild(phys);
    IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
    metadata.forEach((key, value) -> {
      IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
      entry.setAttribute("keyword", key);
      entry.setAttribute("compressionFlag", "FALSE");
      entry.setAttribute("compressionMethod", "0");
      entry.setAttribute("languageTag", "");
      entry.setAttribute("translatedKeyword", "");
      entry.setAttribute("text", value == null ? "" : value);
      itxt.appendChild(entry);
    });
    root.appendChild(itxt);
    return root;
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
