package io.frontline.render.map;

import io.frontline.control.Atom;
import io.frontline.render.geo.Viewport;
import java.awt.geom.Path2D;
import java.util.concurrent.ConcurrentHashMap;

/** The pixel paths of a control index's atoms in one viewport, projected on first use. Thread-safe. */
public final class ControlShapes {
  private final Viewport viewport;
  private final ConcurrentHashMap<Integer, Path2D.Float> atoms = new ConcurrentHashMap<>();

  ControlShapes(Viewport viewport) {
    this.viewport = viewport;
  }

  public Path2D.Float atom(Atom atom) {
    return atoms.computeIfAbsent(atom.id(), id -> new PixelShapes(viewport).path(atom.geometry()));
  }
}
