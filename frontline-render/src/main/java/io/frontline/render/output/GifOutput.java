package io.frontline.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF frame by frame (javax.imageio): each frame indexed in a fixed palette, shown for its delay,
 * the whole looping forever (NETSCAPE2.0 extension); the provenance goes into a comment extension of the first frame.
 * Use as a resource: {@link #close()} finishes the file.
 */
public final class GifOutput implements AutoCloseable {
  private static final String FORMAT = "javax_imageio_gif_image_1.0";
  private final ImageWriter writer;
  private final ImageOutputStream stream;
  private final GifPalette palette;
  private final Map<String, String> provenance;
  private int frames;

  public GifOutput(OutputStream out, GifPalette palette, Map<String, String> provenance)
      throws IOException {
    this.writer = ImageIO.getImageWritersByFormatName("gif").next();
    this.stream = ImageIO.createImageOutputStream(out);
    this.palette = palette;
    this.provenance = Map.copyOf(provenance);
    writer.setOutput(stream);
    writer.prepareWriteSequence(null);
  }

  /** Adds a frame (TYPE_INT_RGB) shown for {@code delay_ms}. */
  public void add(BufferedImage frame, int delay_ms) throws IOException {
    BufferedImage indexed = palette.index(frame);
    IIOMetadata meta =
        writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(indexed), null);
    IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(FORMAT);
    IIOMetadataNode control = child(root, "GraphicControlExtension");
    control.setAttribute("disposalMethod", "none");
    control.setAttribute("userInputFlag", "FALSE");
    control.setAttribute("transparentColorFlag", "FALSE");
    control.setAttribute("delayTime", Integer.toString(Math.max(2, delay_ms / 10)));
    control.setAttribute("transparentColorIndex", "0");
    root.replaceChild(
        colourTable((java.awt.image.IndexColorModel) indexed.getColorModel()),
        child(root, "LocalColorTable"));
    if (frames == 0) {
      firstFrame(root);
    }
    try {
      meta.setFromTree(FORMAT, root);
    } catch (IIOInvalidTreeException e) {
      throw new IllegalStateException("GIF metadata rejected: " + e.getMessage(), e);
    }
    writer.writeToSequence(new IIOImage(indexed, null, meta), null);
    frames++;
  }

  /** The frame's own colour table: the writer's default table does not follow the image's colour model. */
  private static IIOMetadataNode colourTable(java.awt.image.IndexColorModel model) {
    IIOMetadataNode table = new IIOMetadataNode("LocalColorTable");
    table.setAttribute("sizeOfLocalColorTable", Integer.toString(model.getMapSize()));
    table.setAttribute("sortFlag", "FALSE");
    for (int i = 0; i < model.getMapSize(); i++) {
      IIOMetadataNode entry = new IIOMetadataNode("ColorTableEntry");
      entry.setAttribute("index", Integer.toString(i));
      entry.setAttribute("red", Integer.toString(model.getRed(i)));
      entry.setAttribute("green", Integer.toString(model.getGreen(i)));
      entry.setAttribute("blue", Integer.toString(model.getBlue(i)));
      table.appendChild(entry);
    }
    return table;
  }

  private void firstFrame(IIOMetadataNode root) {
    IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
    app.setAttribute("applicationID", "NETSCAPE");
    app.setAttribute("authenticationCode", "2.0");
    app.setUserObject(new byte[] {1, 0, 0});
    child(root, "ApplicationExtensions").appendChild(app);
    IIOMetadataNode comment = new IIOMetadataNode("CommentExtension");
    comment.setAttribute(
        "value",
        provenance.entrySet().stream()
            .map(e -> e.getKey() + ": " + e.getValue())
            .sorted()
            .collect(Collectors.joining("\n")));
    child(root, "CommentExtensions").appendChild(comment);
  }

  private static IIOMetadataNode child(IIOMetadataNode root, String name) {
    for (int i = 0; i < root.getLength(); i++) {
      if (root.item(i).getNodeName().equals(name)) {
        return (IIOMetadataNode) root.item(i);
      }
    }
    IIOMetadataNode node = new IIOMetadataNode(name);
    root.appendChild(node);
    return node;
  }

  public int frames() {
    return frames;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.endWriteSequence();
    } finally {
      writer.dispose();
      stream.close();
    }
  }
}
