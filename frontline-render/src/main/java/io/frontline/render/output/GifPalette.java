package io.frontline.render.output;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A fixed 256-colour palette for animation frames: the map's own flat colours exactly (so fills never dither or
 * shift between frames), then a 6x6x6 colour cube and a grey ramp for antialiased edges and text. Pixels map to
 * their nearest entry through a 15-bit lookup table built once, so converting a frame costs one table read a pixel.
 */
public final class GifPalette {
  private final IndexColorModel model;
  private final byte[] lookup = new byte[1 << 15];

  public GifPalette(List<Color> exact) {
    List<Integer> colours = new ArrayList<>(
        new LinkedHashSet<>(exact.stream().map(c -> c.getRGB() & 0xffffff).toList()));
    for (int r = 0; r < 6 && colours.size() < 256; r++) {
      for (int g = 0; g < 6; g++) {
        for (int b = 0; b < 6; b++) {
          colours.add((r * 51) << 16 | (g * 51) << 8 | b * 51);
        }
      }
    }
    for (int i = 0; colours.size() < 256; i++) {
      int v = 8 + (i * 12) % 248;
      colours.add(v << 16 | v << 8 | v);
    }
    List<Integer> used = colours.subList(0, 256);
    byte[] r = new byte[256];
    byte[] g = new byte[256];
    byte[] b = new byte[256];
    for (int i = 0; i < 256; i++) {
      r[i] = (byte) (used.get(i) >> 16);
      g[i] = (byte) (used.get(i) >> 8);
      b[i] = (byte) (int) used.get(i);
    }
    model = new IndexColorModel(8, 256, r, g, b);
    buildLookup(used);
  }

  private void buildLookup(List<Integer> used) {
    for (int key = 0; key < lookup.length; key++) {
      int r = (key >> 10 & 31) << 3 | 4;
      int g = (key >> 5 & 31) << 3 | 4;
      int b = (key & 31) << 3 | 4;
      int best = 0;
      int bestD = Integer.MAX_VALUE;
      for (int i = 0; i < used.size(); i++) {
        int c = used.get(i);
        int dr = (c >> 16 & 255) - r;
        int dg = (c >> 8 & 255) - g;
        int db = (c & 255) - b;
        int d = dr * dr * 3 + dg * dg * 4 + db * db * 2;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      }
      lookup[key] = (byte) best;
    }
  }

  /** The frame in this palette (the frame must be TYPE_INT_RGB). */
  public BufferedImage index(BufferedImage rgb) {
    if (rgb.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("frames must be TYPE_INT_RGB, was type " + rgb.getType());
    }
    BufferedImage out =
        new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_INDEXED, model);
    int[] src = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
    WritableRaster raster = out.getRaster();
    byte[] dst = ((DataBufferByte) raster.getDataBuffer()).getData();
    for (int i = 0; i < src.length; i++) {
      int p = src[i];
      dst[i] = lookup[(p >> 9 & 0x7c00) | (p >> 6 & 0x3e0) | (p >> 3 & 0x1f)];
    }
    return out;
  }
}
