package io.frontline.render.map;

import io.frontline.render.geo.ScaleBar;
import io.frontline.render.geo.Viewport;
import io.frontline.render.labels.Placement;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a map page shows, decided before anything is drawn: layout, texts, legend, the styled areas of each
 * panel, the label placement (shared by all panels, which show the same extent), scale bar and north arrow, and for
 * a change map the marks of places that changed hands and the side table of transfers. Tests
 * read the plan; {@link MapPainter} draws it.
 */
public record MapPlan(
    MapSpec spec,
    PageLayout layout,
    Viewport viewport,
    BasemapShapes basemap,
    Set<String> focusCountries,
    String title,
    String subtitle,
    List<PanelPlan> panels,
    Legend legend,
    List<String> credits,
    Placement labels,
    ScaleBar scaleBar,
    Rectangle2D scaleBox,
    Optional<NorthArrow> north,
    List<Point2D> marks,
    Optional<SideTable> table) {

  public MapPlan {
    focusCountries = Set.copyOf(focusCountries);
    panels = List.copyOf(panels);
    credits = List.copyOf(credits);
    marks = List.copyOf(marks);
  }

  /** A table beside the map: a heading and rows of a label and a value. */
  public record SideTable(String heading, List<String[]> rows) {
    public SideTable {
      rows = List.copyOf(rows);
    }
  }

  /**
   * One panel: its frame on the page, its areas, its caption lines, before the data the notice shown, and the
   * events drawn as dots (panel pixels, x and y in turn; events outside the panel are left out).
   */
  public record PanelPlan(
      LocalDate date,
      Rectangle2D frame,
      List<StyledArea> areas,
      List<String> caption,
      Optional<String> noData,
      float[] events) {
    public PanelPlan {
      areas = List.copyOf(areas);
      caption = List.copyOf(caption);
      events = events == null ? new float[0] : events;
    }

    /** A panel without events. */
    public PanelPlan(
        LocalDate date,
        Rectangle2D frame,
        List<StyledArea> areas,
        List<String> caption,
        Optional<String> noData) {
      this(date, frame, areas, caption, noData, new float[0]);
    }

    /** How many events the panel draws (their pixel positions, x and y in turn, are in {@link #events()}). */
    public int eventCount() {
      return events.length / 2;
    }
  }

  /** Ground of one style, as one path in panel pixels. */
  public record StyledArea(String key, AreaStyle style, Path2D.Float path) {}

  /** Where the north arrow stands (panel pixels) and the angle of true north there, clockwise from up. */
  public record NorthArrow(double x, double y, double angleDeg, Rectangle2D box) {}
}
