package io.frontline.render.map;

import io.frontline.render.text.TextPainter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The legend: one entry per party drawn (the chosen actor first, then by ground held), then the contested and
 * besieged patterns when the map shows them. Entries flow in rows across the page.
 */
public record Legend(
    List<Entry> entries,
    List<List<Entry>> rows,
    float size,
    double swatchW,
    double swatchH,
    double gap) {
  public Legend {
    entries = List.copyOf(entries);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** A legend entry; {@code actorId} is empty for the patterns and for "other parties". */
  public record Entry(String label, AreaStyle style, Optional<String> actorId) {}

  /** Lays entries out in rows no wider than {@code width}. */
  public static Legend of(List<Entry> entries, double width, double unit, TextPainter text) {
    float size = (float) (PageLayout.LEGEND * unit);
    double swatchW = 26 * unit;
    double swatchH = 15 * unit;
    double gap = 24 * unit;
    List<List<Entry>> rows = new ArrayList<>();
    List<Entry> row = new ArrayList<>();
    double used = 0;
    for (Entry e : entries) {
      double w = swatchW + 8 * unit + text.measure(e.label(), false, size).width() + gap;
      if (!row.isEmpty() && used + w > width) {
        rows.add(row);
        row = new ArrayList<>();
        used = 0;
      }
      row.add(e);
      used += w;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    return new Legend(entries, rows, size, swatchW, swatchH, gap);
  }

  /** The actor ids the legend names, in order. */
  public List<String> actorIds() {
    return entries.stream().flatMap(e -> e.actorId().stream()).toList();
  }
}
