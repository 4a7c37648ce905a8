package io.frontline.render.map;

import java.awt.Color;
import java.util.Optional;

/**
 * How a kind of ground is filled: a base colour and, for contested or besieged ground, hatching in a second colour
 * (diagonal stripes for contested, a cross-hatch for besieged); ground that rests on old reports has thin lines the
 * other way in the holder's colour over a faded fill. {@code EVENT} is the legend's sample of an event dot (fill and
 * ring colour), not a fill of ground.
 */
public record AreaStyle(Color fill, Optional<Color> hatch, Hatch kind) {
  /** The hatching pattern. */
  public enum Hatch {
    NONE,
    STRIPES,
    CROSS,
    STALE,
    EVENT
  }

  public static AreaStyle solid(Color fill) {
    return new AreaStyle(fill, Optional.empty(), Hatch.NONE);
  }
}
