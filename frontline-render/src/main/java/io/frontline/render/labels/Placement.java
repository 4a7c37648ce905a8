package io.frontline.render.labels;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** The result of placing labels: those placed, and the ids of those left out for lack of room. */
public record Placement(List<PlacedLabel> placed, List<String> dropped, Rectangle2D frame) {
  public Placement {
    placed = List.copyOf(placed);
    dropped = List.copyOf(dropped);
  }

  /** Every box that must stay clear: label texts and point markers. */
  public List<Rectangle2D> boxes() {
    List<Rectangle2D> out = new ArrayList<>();
    for (PlacedLabel p : placed) {
      out.add(p.box());
      p.marker().ifPresent(out::add);
    }
    return out;
  }
}
