package io.frontline.render.labels;

import io.frontline.render.labels.PlacedLabel.Position;
import io.frontline.render.text.TextPainter;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Greedy label placement: labels in priority order, each tried at its candidate positions (beside its point, or
 * centred and then shifted for an area label) and kept at the first position whose box stays inside the frame and
 * clear of every box already placed and of the given obstacles. A point label that finds no room is dropped with its
 * marker, so the map never shows a point without its name. The result never has two overlapping boxes.
 */
public final class LabelPlacer {
  private static final Position[] LTR = {
    Position.RIGHT,
    Position.LEFT,
    Position.UPPER_RIGHT,
    Position.LOWER_RIGHT,
    Position.UPPER_LEFT,
    Position.LOWER_LEFT,
    Position.ABOVE,
    Position.BELOW
  };
  private static final Position[] RTL = {
    Position.LEFT,
    Position.RIGHT,
    Position.UPPER_LEFT,
    Position.LOWER_LEFT,
    Position.UPPER_RIGHT,
    Position.LOWER_RIGHT,
    Position.ABOVE,
    Position.BELOW
  };
  private static final double[] AREA_SHIFTS = {0, -1, 1, -2, 2};
  private final TextPainter text;
  private final double margin_px;

  public LabelPlacer(TextPainter text, double margin_px) {
    this.text = text;
    this.margin_px = margin_px;
  }

  public Placement place(
      List<LabelRequest> requests, Rectangle2D frame, List<Rectangle2D> obstacles) {
    Rectangle2D inner = new Rectangle2D.Double(
        frame.getX() + margin_px,
        frame.getY() + margin_px,
        frame.getWidth() - 2 * margin_px,
        frame.getHeight() - 2 * margin_px);
    List<Rectangle2D> taken = new ArrayList<>(obstacles);
    List<PlacedLabel> placed = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    List<LabelRequest> ordered = new ArrayList<>(requests);
    ordered.sort(Comparator.comparingInt(LabelRequest::priority));
    for (LabelRequest r : ordered) {
      Optional<PlacedLabel> p = firstFree(r, inner, taken);
      p.ifPresentOrElse(
          label -> {
            placed.add(label);
            taken.add(label.box());
            label.marker().ifPresent(taken::add);
          },
          () -> dropped.add(r.id()));
    }
    return new Placement(placed, dropped, frame);
  }

  private Optional<PlacedLabel> firstFree(
      LabelRequest r, Rectangle2D inner, List<Rectangle2D> taken) {
    for (PlacedLabel candidate : candidates(r)) {
      if (inner.contains(candidate.box())
          && candidate.marker().map(inner::contains).orElse(true)
          && clear(candidate, taken)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static boolean clear(PlacedLabel candidate, List<Rectangle2D> taken) {
    for (Rectangle2D t : taken) {
      if (t.intersects(candidate.box()) || candidate.marker().map(t::intersects).orElse(false)) {
        return false;
      }
    }
    return true;
  }

  /** The candidate placements of a label, best first. */
  public List<PlacedLabel> candidates(LabelRequest r) {
    TextPainter.Metrics m = text.measure(r.text(), r.bold(), r.size(), r.tracking());
    List<PlacedLabel> out = new ArrayList<>();
    double x = r.anchor().getX();
    double y = r.anchor().getY();
    if (r.isAreaLabel()) {
      for (double shift : AREA_SHIFTS) {
        out.add(at(
            r,
            m,
            x - m.width() / 2,
            y + shift * m.height() * 1.1 - m.height() / 2,
            Position.CENTRE,
            null));
      }
      return out;
    }
    double d = r.markerRadius() + r.size() * 0.25;
    Rectangle2D marker = new Rectangle2D.Double(
        x - r.markerRadius(), y - r.markerRadius(), 2 * r.markerRadius(), 2 * r.markerRadius());
    for (Position p : r.rightToLeft() ? RTL : LTR) {
      double left =
          switch (p) {
            case RIGHT, UPPER_RIGHT, LOWER_RIGHT -> x + d;
            case LEFT, UPPER_LEFT, LOWER_LEFT -> x - d - m.width();
            default -> x - m.width() / 2;
          };
      double top =
          switch (p) {
            case UPPER_RIGHT, UPPER_LEFT -> y - d * 0.6 - m.height();
            case LOWER_RIGHT, LOWER_LEFT -> y + d * 0.6;
            case ABOVE -> y - d - m.height();
            case BELOW -> y + d;
            default -> y - m.height() / 2;
          };
      out.add(at(r, m, left, top, p, marker));
    }
    return out;
  }

  private static PlacedLabel at(
      LabelRequest r,
      TextPainter.Metrics m,
      double left,
      double top,
      Position p,
      Rectangle2D marker) {
    double pad = r.size() * 0.12;
    Rectangle2D box =
        new Rectangle2D.Double(left - pad, top - pad, m.width() + 2 * pad, m.height() + 2 * pad);
    return new PlacedLabel(r, box, left, top + m.ascent(), Optional.ofNullable(marker), p);
  }
}
