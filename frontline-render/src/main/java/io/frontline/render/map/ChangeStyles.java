package io.frontline.render.map;

import io.frontline.control.Atom;
import io.frontline.control.ControlIndex;
import io.frontline.control.Holding;
import io.frontline.figures.Changes;
import io.frontline.observations.Status;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a change map fills the ground: ground that changed hands in the colour of its holder on the second date, striped
 * with the colour of its holder on the first; ground that did not change in a pale tint of its holder's colour.
 */
final class ChangeStyles {
  private final Palette palette;
  private final Theme theme;

  ChangeStyles(Palette palette, Theme theme) {
    this.palette = palette;
    this.theme = theme;
  }

  /** The party of a holding as {@code ChangesOp} counts it: an actor, "contested" or "none". */
  static String party(Optional<Holding> holding) {
    if (holding.isEmpty()) {
      return Changes.NONE;
    }
    Holding h = holding.get();
    if (h.status() == Status.CONTESTED) {
      return Changes.CONTESTED;
    }
    return h.holder() == null ? Changes.NONE : h.holder();
  }

  List<MapPlan.StyledArea> areas(
      ControlIndex index,
      LocalDate from,
      LocalDate to,
      Optional<String> actor,
      ControlShapes shapes) {
    Map<String, MapPlan.StyledArea> byKey = new LinkedHashMap<>();
    for (Atom atom : index.atoms()) {
      String a = party(atom.at(from));
      String b = party(atom.at(to));
      boolean changed =
          !a.equals(b) && actor.map(x -> x.equals(a) || x.equals(b)).orElse(true);
      if (b.equals(Changes.NONE) && !changed) {
        continue;
      }
      String key = changed ? a + ">" + b : b;
      MapPlan.StyledArea area = byKey.computeIfAbsent(
          key,
          k -> new MapPlan.StyledArea(
              k,
              changed ? changedStyle(a, b) : AreaStyle.solid(pale(colour(b))),
              new Path2D.Float(Path2D.WIND_EVEN_ODD)));
      area.path().append(shapes.atom(atom), false);
    }
    return new ArrayList<>(byKey.values());
  }

  AreaStyle changedStyle(String from, String to) {
    Color fill = to.equals(Changes.NONE) ? theme.focusLand() : colour(to);
    if (from.equals(Changes.NONE)) {
      return AreaStyle.solid(fill);
    }
    Color stripes = colour(from);
    return new AreaStyle(
        fill, Optional.of(stripes.equals(fill) ? theme.text() : stripes), AreaStyle.Hatch.STRIPES);
  }

  Color colour(String party) {
    return party.equals(Changes.CONTESTED) ? new Color(0x8c8c8c) : palette.colour(party);
  }

  Color pale(Color c) {
    Color toward = theme.focusLand();
    double keep = 0.3;
    return new Color(
        (int) (c.getRed() * keep + toward.getRed() * (1 - keep)),
        (int) (c.getGreen() * keep + toward.getGreen() * (1 - keep)),
        (int) (c.getBlue() * keep + toward.getBlue() * (1 - keep)));
  }
}
