package io.frontline.render.map;

import io.frontline.render.geo.Viewport;
import io.frontline.render.text.MapLanguage;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Events on a map: one small dot an event, crimson (black in print) with a thin ring in the halo colour, so a dot
 * reads on every party's colour and on the land and is not taken for a place's marker (white with a dark ring); the
 * fill is a little transparent, so where events crowd the patch darkens, which shows their density. Drawn over the
 * control areas and under the water, borders and labels. Also the events' legend line, caption line and credit.
 */
public final class EventDots {
  /** A dot's radius and ring, in page units. */
  static final double RADIUS = 2.1;

  static final double RING = 0.6;
  /** The dots' colour: crimson, unlike any party's colour and any place marker. */
  static final Color CRIMSON = new Color(0xB0, 0x10, 0x3A);

  private EventDots() {}

  /** The events' positions in panel pixels, x and y in turn; those outside the panel (with a dot's margin) dropped. */
  static float[] pixels(Viewport v, MapEvents.Window w) {
    float[] out = new float[w.count() * 2];
    int n = 0;
    double margin = 8;
    for (int i = 0; i < w.count(); i++) {
      Point2D.Double p = v.pixel(w.lon()[i], w.lat()[i]);
      if (p.x >= -margin
          && p.y >= -margin
          && p.x <= v.width() + margin
          && p.y <= v.height() + margin) {
        out[n++] = (float) p.x;
        out[n++] = (float) p.y;
      }
    }
    return Arrays.copyOf(out, n);
  }

  static void paint(Graphics2D g, float[] xy, Theme theme, double u) {
    if (xy.length == 0) {
      return;
    }
    double r = RADIUS * u;
    Ellipse2D.Double dot = new Ellipse2D.Double();
    Color fill = colour(theme);
    Color seeThrough = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 200);
    Color ring = theme.halo();
    g.setStroke(new BasicStroke((float) (RING * u)));
    for (int i = 0; i < xy.length; i += 2) {
      dot.setFrame(xy[i] - r, xy[i + 1] - r, 2 * r, 2 * r);
      g.setColor(ring);
      g.draw(dot);
      g.setColor(seeThrough);
      g.fill(dot);
    }
  }

  /** The legend's sample dot, centred on {@code x, y}. */
  static void sample(Graphics2D g, double x, double y, AreaStyle style, double u) {
    double r = RADIUS * u * 1.4;
    Ellipse2D.Double dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    g.setColor(style.fill());
    g.fill(dot);
    g.setColor(style.hatch().orElse(Color.BLACK));
    g.setStroke(new BasicStroke((float) (RING * u * 1.4)));
    g.draw(dot);
  }

  static Color colour(Theme theme) {
    return theme == Theme.PRINT ? theme.text() : CRIMSON;
  }

  static AreaStyle legendStyle(Theme theme) {
    return new AreaStyle(colour(theme), Optional.of(theme.halo()), AreaStyle.Hatch.EVENT);
  }

  /** "2016", or "1 May 2016 to 31 May 2016". */
  public static String window(MapLanguage l, MapEvents.Window w) {
    return w.wholeYear()
        ? String.valueOf(w.from().getYear())
        : l.text("events.window", l.date(w.from()), l.date(w.to()));
  }

  /** "UCDP GED events, 2016: 5,989, each dot one event"; with a window per panel, the counts go in the captions. */
  static String legend(MapLanguage l, MapEvents e) {
    String names = names(l, e.datasets());
    if (e.oneWindow()) {
      MapEvents.Window w = e.panels().get(0);
      return l.text("legend.events", names, window(l, w), l.count(w.count()));
    }
    return l.text("legend.events.panels", names);
  }

  /** "Events, 2016: 5,989": a panel's own window and count. */
  static String caption(MapLanguage l, MapEvents.Window w) {
    return l.text("caption.events", window(l, w), l.count(w.count()));
  }

  static String credit(MapLanguage l, MapEvents e) {
    return l.text("credit.events", String.join("; ", e.credits()));
  }

  private static String names(MapLanguage l, List<String> names) {
    if (names.isEmpty()) {
      return "-";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return l.text(
        "list.and",
        String.join(", ", names.subList(0, names.size() - 1)),
        names.get(names.size() - 1));
  }
}
