package io.frontline.render.map;

import io.frontline.render.labels.LabelRequest;
import io.frontline.render.labels.PlacedLabel;
import io.frontline.render.text.TextPainter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws the map inside one panel, in panel pixels: sea, land (the map's own countries a shade lighter), the control
 * areas, lakes, rivers, first-level borders, country borders, then the labelled places and country names.
 */
final class PanelPainter {
  private final MapPlan plan;
  private final TextPainter text;
  private final Theme theme;
  private final double u;

  PanelPainter(MapPlan plan, TextPainter text) {
    this.plan = plan;
    this.text = text;
    this.theme = plan.spec().theme();
    this.u = plan.layout().unit();
  }

  /** Draws the panel as vectors, layer by layer. */
  void paint(Graphics2D g, MapPlan.PanelPlan panel) {
    underlay(g);
    areas(g, panel);
    overlay(g);
  }

  /** Sea, then land, the map's own countries a shade lighter. */
  void underlay(Graphics2D g) {
    g.setColor(theme.sea());
    g.fill(plan.viewport().frame());
    for (BasemapShapes.CountryShape c : plan.basemap().countries()) {
      g.setColor(
          plan.focusCountries().contains(c.country().iso2()) ? theme.focusLand() : theme.land());
      g.fill(c.path());
    }
  }

  /** The control areas, then the panel's events over them (under the water, borders and labels). */
  void areas(Graphics2D g, MapPlan.PanelPlan panel) {
    for (MapPlan.StyledArea area : panel.areas()) {
      Hatching.fill(g, area.path(), area.style(), u);
    }
    EventDots.paint(g, panel.events(), theme, u);
  }

  /** Lakes, rivers, borders, marks and labels: everything drawn over the control areas. */
  void overlay(Graphics2D g) {
    BasemapShapes base = plan.basemap();
    g.setColor(theme.sea());
    g.fill(base.lakes());
    stroke(g, base.rivers(), theme.river(), 1.5, false);
    stroke(g, base.admin1(), theme.admin1(), 0.7, true);
    for (BasemapShapes.CountryShape c : base.countries()) {
      stroke(g, c.path(), theme.halo(), 3.2, false);
    }
    for (BasemapShapes.CountryShape c : base.countries()) {
      stroke(g, c.path(), theme.border(), 1.3, false);
    }
    marks(g);
    labels(g);
  }

  /** The places that changed hands (change maps): a square in the text colour, ringed with the halo colour. */
  private void marks(Graphics2D g) {
    double r = 3.6 * u;
    for (java.awt.geom.Point2D p : plan.marks()) {
      Rectangle2D square = new Rectangle2D.Double(p.getX() - r, p.getY() - r, 2 * r, 2 * r);
      g.setColor(theme.halo());
      g.setStroke(new BasicStroke((float) (1.6 * u)));
      g.draw(square);
      g.setColor(theme.text());
      g.fill(square);
    }
  }

  private void stroke(Graphics2D g, java.awt.Shape s, Color colour, double width, boolean dashed) {
    float w = (float) (width * u);
    g.setStroke(
        dashed
            ? new BasicStroke(
                w,
                BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_ROUND,
                1,
                new float[] {4 * w, 2.5f * w},
                0)
            : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(colour);
    g.draw(s);
  }

  private void labels(Graphics2D g) {
    for (PlacedLabel p : plan.labels().placed()) {
      if (p.request().kind() != LabelRequest.Kind.PLACE || plan.marks().isEmpty()) {
        p.marker().ifPresent(m -> marker(g, p.request(), m));
      }
    }
    for (PlacedLabel p : plan.labels().placed()) {
      LabelRequest r = p.request();
      Color fill = r.kind() == LabelRequest.Kind.COUNTRY ? theme.mutedText() : theme.text();
      text.draw(
          g,
          r.text(),
          r.bold(),
          r.size(),
          r.tracking(),
          p.textX(),
          p.baseline(),
          fill,
          theme.halo(),
          (float) (2.4 * u));
    }
  }

  private void marker(Graphics2D g, LabelRequest r, Rectangle2D box) {
    Ellipse2D dot = new Ellipse2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight());
    g.setColor(theme.halo());
    g.fill(dot);
    g.setColor(theme.text());
    g.setStroke(new BasicStroke((float) (1.3 * u)));
    g.draw(dot);
    if (r.kind() == LabelRequest.Kind.CAPITAL) {
      double inset = box.getWidth() * 0.3;
      g.fill(new Ellipse2D.Double(
          box.getX() + inset,
          box.getY() + inset,
          box.getWidth() - 2 * inset,
          box.getHeight() - 2 * inset));
    }
  }
}
