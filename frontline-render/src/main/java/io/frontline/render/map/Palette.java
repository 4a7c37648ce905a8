package io.frontline.render.map;

import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.control.Holding;
import io.frontline.observations.Status;
import java.awt.Color;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The colour of each party on a map. The chosen actor is black; the others keep their own (Okabe-Ito, colour-blind
 * safe) colours, muted so the chosen actor stands out, or one grey with {@code only}; in the print theme the others
 * get distinct greys. Contested ground is striped in both parties' colours, besieged ground cross-hatched in the
 * besieger's colour over the holder's.
 */
public final class Palette {
  private static final Color FOCUS = Color.BLACK;
  private static final Color[] PRINT_GREYS = {
    new Color(0xa6a6a6),
    new Color(0xd0d0d0),
    new Color(0x878787),
    new Color(0xbdbdbd),
    new Color(0xe0e0e0),
    new Color(0x979797)
  };
  private final Theme theme;
  private final Optional<String> focus;
  private final boolean only;
  private final Map<String, Color> own;
  private final Map<String, Color> greys = new HashMap<>();

  /**
   * @param ownColours each actor's own colour by id
   * @param drawOrder the actors drawn, most ground first (gives the print greys their order)
   */
  public Palette(
      Theme theme,
      Optional<String> focus,
      boolean only,
      Map<String, Color> ownColours,
      List<String> drawOrder) {
    this.theme = theme;
    this.focus = focus;
    this.only = only;
    this.own = Map.copyOf(ownColours);
    int i = 0;
    for (String id : drawOrder) {
      if (!focus.map(id::equals).orElse(false)) {
        greys.put(id, PRINT_GREYS[i++ % PRINT_GREYS.length]);
      }
    }
  }

  /** The fill of an actor's ground. */
  public Color colour(String actorId) {
    if (actorId == null) {
      return others();
    }
    if (focus.map(actorId::equals).orElse(false)) {
      return FOCUS;
    }
    if (only) {
      return others();
    }
    if (theme.monochrome()) {
      return greys.getOrDefault(actorId, PRINT_GREYS[0]);
    }
    Color c = own.getOrDefault(actorId, Color.GRAY);
    return focus.isPresent() ? mute(c) : c;
  }

  /** The single colour of every other party with {@code only}. */
  public Color others() {
    return theme == Theme.DARK ? new Color(0x757b84) : new Color(0xbcbcbc);
  }

  /**
   * The style of ground by what it rests on: observed ground as {@link #style(Holding)}; stale ground (the deciding
   * report is older than the limit) faded, with thin lines in the holder's colour; inferred ground a lighter fill.
   */
  public AreaStyle style(Holding h, Basis basis) {
    AreaStyle s = style(h);
    return switch (basis) {
      case OBSERVED -> s;
      case STALE ->
        s.kind() == AreaStyle.Hatch.NONE
            ? stale(s.fill())
            : new AreaStyle(faded(s.fill()), s.hatch(), s.kind());
      case INFERRED -> new AreaStyle(lighter(s.fill()), s.hatch().map(this::lighter), s.kind());
    };
  }

  /**
   * Stale ground of a colour: the colour faded, and thin diagonal lines in it (on the dark theme, lines in a light
   * grey for a dark colour, which would not show on the dark land).
   */
  public AreaStyle stale(Color c) {
    Color lines = theme == Theme.DARK && luminance(c) < 0.25 ? new Color(0xa0a0a0) : c;
    return new AreaStyle(faded(c), Optional.of(lines), AreaStyle.Hatch.STALE);
  }

  /** A colour faded toward the land for ground that rests on old reports. */
  public Color faded(Color c) {
    return mix(c, theme == Theme.DARK ? theme.land() : Color.WHITE, 0.38);
  }

  /** A colour lightened for ground inferred between towns (lighter than stale's fade, no lines). */
  public Color lighter(Color c) {
    return mix(c, theme == Theme.DARK ? theme.land() : Color.WHITE, 0.55);
  }

  public AreaStyle style(Holding h) {
    Color holder = colour(h.holder());
    if (h.status() == Status.CONTESTED) {
      return new AreaStyle(
          holder, Optional.of(contrast(holder, colour(h.other()))), AreaStyle.Hatch.STRIPES);
    }
    if (h.status() == Status.BESIEGED) {
      return new AreaStyle(
          holder, Optional.of(contrast(holder, colour(h.other()))), AreaStyle.Hatch.CROSS);
    }
    return AreaStyle.solid(holder);
  }

  /** The hatch colour; when both parties share a colour, a contrasting one so the hatching still shows. */
  private Color contrast(Color base, Color hatch) {
    if (!base.equals(hatch)) {
      return hatch;
    }
    return luminance(base) < 0.5 ? Color.WHITE : Color.BLACK;
  }

  private Color mute(Color c) {
    Color toward = theme == Theme.DARK ? theme.land() : Color.WHITE;
    return mix(c, toward, theme == Theme.DARK ? 0.75 : 0.62);
  }

  private static Color mix(Color c, Color toward, double keep) {
    return new Color(
        mix(c.getRed(), toward.getRed(), keep),
        mix(c.getGreen(), toward.getGreen(), keep),
        mix(c.getBlue(), toward.getBlue(), keep));
  }

  private static int mix(int a, int b, double keep) {
    return (int) Math.round(a * keep + b * (1 - keep));
  }

  static double luminance(Color c) {
    return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
  }
}
