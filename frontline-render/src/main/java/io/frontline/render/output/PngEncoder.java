package io.frontline.render.output;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * A fast PNG encoder for RGB map images: every row "Sub"-filtered (maps are mostly flat runs of colour, which the
 * filter turns into zeros) and deflated at a low level, which is several times faster than ImageIO's writer (it tries
 * every filter on every row) for a file of about the same size. Writes IHDR, pHYs, one iTXt chunk per metadata entry
 * (UTF-8, uncompressed), IDAT and IEND (PNG specification, 2nd edition).
 */
public final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 137, 80, 78, 71, 13, 10, 26, 10};
  private static final int LEVEL = 3;

  private PngEncoder() {}

  public static void write(BufferedImage image, int dpi, Map<String, String> text, OutputStream out)
      throws IOException {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException(
          "PngEncoder writes TYPE_INT_RGB images, was type " + image.getType());
    }
    DataOutputStream data = new DataOutputStream(out);
    data.write(SIGNATURE);
    chunk(data, "IHDR", header(image.getWidth(), image.getHeight()));
    chunk(data, "pHYs", physical(dpi));
    for (Map.Entry<String, String> e : text.entrySet()) {
      chunk(data, "iTXt", itxt(e.getKey(), e.getValue()));
    }
    chunk(data, "IDAT", pixels(image));
    chunk(data, "IEND", new byte[0]);
    data.flush();
  }

  private static byte[] header(int width, int height) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(b);
    d.writeInt(width);
    d.writeInt(height);
    d.write(new byte[] {8, 2, 0, 0, 0});
    return b.toByteArray();
  }

  private static byte[] physical(int dpi) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(b);
    int perMetre = (int) Math.round(dpi / 0.0254);
    d.writeInt(perMetre);
    d.writeInt(perMetre);
    d.writeByte(1);
    return b.toByteArray();
  }

  /** keyword, null, compression flag 0, method 0, empty language tag, null, empty translated keyword, null, text. */
  private static byte[] itxt(String keyword, String value) throws IOException {
    if (keyword.isEmpty()
        || keyword.length() > 79
        || !StandardCharsets.ISO_8859_1.newEncoder().canEncode(keyword)) {
      throw new IllegalArgumentException(
          "a PNG keyword is 1-79 Latin-1 characters, was '" + keyword + "'");
    }
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(keyword.getBytes(StandardCharsets.ISO_8859_1));
    b.write(new byte[] {0, 0, 0, 0, 0});
    b.write((value == null ? "" : value).getBytes(StandardCharsets.UTF_8));
    return b.toByteArray();
  }

  private static byte[] pixels(BufferedImage image) throws IOException {
    int w = image.getWidth();
    int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    ByteArrayOutputStream compressed = new ByteArrayOutputStream(argb.length);
    Deflater deflater = new Deflater(LEVEL);
    try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
      byte[] row = new byte[1 + 3 * w];
      row[0] = 1;
      for (int y = 0; y < image.getHeight(); y++) {
        int prev = 0;
        for (int x = 0; x < w; x++) {
          int p = argb[y * w + x];
          int i = 1 + 3 * x;
          row[i] = (byte) ((p >> 16) - (prev >> 16));
          row[i + 1] = (byte) ((p >> 8) - (prev >> 8));
          row[i + 2] = (byte) (p - prev);
          prev = p;
        }
        z.write(row);
      }
    } finally {
      deflater.end();
    }
    return compressed.toByteArray();
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeInt(data.length);
    out.write(name);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
