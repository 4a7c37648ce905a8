package io.frontline.render.output;

import io.frontline.render.text.TextPainter;
import java.awt.Graphics2D;

/** Something drawn on a page in pixels, with text through the given painter (outlines or SVG text). */
@FunctionalInterface
public interface Drawing {
  void paint(Graphics2D g, TextPainter text);
}
