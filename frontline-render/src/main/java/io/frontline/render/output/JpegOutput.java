package io.frontline.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an RGB image as a baseline JPEG (JFIF) with its resolution, and the provenance as one UTF-8 comment
 * (COM segment) of "key: value" lines, as GIF animations carry it.
 */
public final class JpegOutput {
  static final float QUALITY = 0.92f;
  private static final String NATIVE = "javax_imageio_jpeg_image_1.0";
  private static final int MAX_COMMENT_BYTES = 65_000;

  private JpegOutput() {}

  public static void write(
      BufferedImage image, int dpi, Map<String, String> metadata, OutputStream out)
      throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(QUALITY);
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
      meta.setFromTree(NATIVE, tree(meta, dpi, metadata));
      writer.write(null, new IIOImage(image, null, meta), param);
    } finally {
      writer.dispose();
    }
  }

  private static IIOMetadataNode tree(IIOMetadata meta, int dpi, Map<String, String> metadata) {
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(NATIVE);
    IIOMetadataNode jfif =
        (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
    jfif.setAttribute("resUnits", "1");
    jfif.setAttribute("Xdensity", Integer.toString(dpi));
    jfif.setAttribute("Ydensity", Integer.toString(dpi));
    IIOMetadataNode comment = new IIOMetadataNode("com");
    comment.setUserObject(comment(metadata));
    root.getElementsByTagName("markerSequence").item(0).appendChild(comment);
    return root;
  }

  static byte[] comment(Map<String, String> metadata) {
    byte[] bytes = metadata.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .sorted()
        .collect(Collectors.joining("\n"))
        .getBytes(StandardCharsets.UTF_8);
    return bytes.length <= MAX_COMMENT_BYTES
        ? bytes
        : java.util.Arrays.copyOf(bytes, MAX_COMMENT_BYTES);
  }

  /** The comment of a JPEG written here (for checks and tests); empty when it has none. */
  public static String readComment(InputStream in) throws IOException {
    try (ImageInputStream iis = ImageIO.createImageInputStream(in)) {
      ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
      try {
        reader.setInput(iis);
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(NATIVE);
        var coms = root.getElementsByTagName("com");
        if (coms.getLength() == 0) {
          return "";
        }
        Object user = ((IIOMetadataNode) coms.item(0)).getUserObject();
        return user instanceof byte[] b
            ? new String(b, StandardCharsets.UTF_8)
            : ((IIOMetadataNode) coms.item(0)).getAttribute("comment");
      } finally {
        reader.dispose();
      }
    }
  }
}
