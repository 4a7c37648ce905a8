package io.frontline.render.map;

import io.frontline.actors.Actor;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndex.ControlMap.Basis;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.observations.Status;
import io.frontline.render.geo.MapProjection;
import io.frontline.render.geo.ScaleBar;
import io.frontline.render.geo.Viewport;
import io.frontline.render.labels.LabelPlacer;
import io.frontline.render.labels.Placement;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Decides everything a map page shows ({@link MapPlan}) from the user's spec and the engine's answers. */
public final class MapPlanner {
  private final TextPainter text;
  private final ShapeCache cache;

  public MapPlanner(TextPainter text, ShapeCache cache) {
    this.text = text;
    this.cache = cache;
  }

  /** A page with one panel per date of the spec. */
  public MapPlan plan(MapSpec spec, MapInput input, Provenance provenance) {
    if (input.panels().size() != spec.dates().size()) {
      throw new IllegalArgumentException("one panel per date: " + spec.dates().size() + " dates, "
          + input.panels().size() + " panels");
    }
    MapPlan page = page(spec, input, provenance, spec.dates().size(), MapTexts.subtitle(spec));
    return withPanels(page, panels(spec, input, page, palette(spec, input), input.panels()));
  }

  /**
   * Animation frames: one single-panel page per panel of the input (the spec gives the first and last date for the
   * subtitle), sharing one legend (every party drawn in any frame), one label
   * placement and one layout, so nothing but the map and its caption moves between frames.
   */
  public List<MapPlan> frames(MapSpec spec, MapInput input, Provenance provenance) {
    MapLanguage l = spec.language();
    String subtitle = spec.subtitle()
        .orElse(l.text(
            "subtitle.series",
            l.date(spec.dates().get(0)),
            l.date(spec.dates().get(spec.dates().size() - 1))));
    MapPlan page = page(spec, input, provenance, 1, subtitle);
    Palette palette = palette(spec, input);
    List<MapPlan> out = new ArrayList<>();
    for (MapInput.Panel p : input.panels()) {
      out.add(withPanels(page, panels(spec, input, page, palette, List.of(p))));
    }
    return out;
  }

  /** Everything but the panels: texts, legend, layout, viewport, scale bar, north arrow and labels. */
  private MapPlan page(
      MapSpec spec, MapInput input, Provenance provenance, int panelCount, String subtitle) {
    Optional<Actor> focus = focus(spec, input);
    double u = spec.page().unit();
    MapProjection projection = MapProjection.forExtent(spec.extent());
    DrawnParties drawn = DrawnParties.of(input, view(spec));
    Palette palette = palette(spec, input);
    double width = spec.page().width_px() - 72 * u;
    Legend legend =
        Legend.of(new LegendEntries(spec, input, palette).entries(drawn), width, u, text);
    List<String> credits = new ArrayList<>(MapTexts.credits(
        spec,
        input.panels().get(input.panels().size() - 1).figures().method(),
        projection,
        provenance,
        text,
        width,
        (float) (PageLayout.CREDIT * u)));
    input
        .events()
        .ifPresent(e -> credits.addAll(MapTexts.wrap(
            EventDots.credit(spec.language(), e), text, width, (float) (PageLayout.CREDIT * u))));
    PageLayout layout = PageLayout.of(
        spec.page(),
        panelCount,
        Viewport.aspect(projection, spec.extent()),
        legend.rows().size(),
        credits.size(),
        captionLines(spec, input, focus),
        0);
    Rectangle2D first = layout.panels().get(0);
    Viewport v =
        Viewport.fit(projection, spec.extent(), (int) first.getWidth(), (int) first.getHeight());
    ScaleBar bar = ScaleBar.of(v, 150 * u);
    Rectangle2D scaleBox = scaleBox(v, bar, u, spec);
    Optional<MapPlan.NorthArrow> north = northArrow(v, u);
    List<Rectangle2D> obstacles = new ArrayList<>(List.of(scaleBox));
    north.ifPresent(n -> obstacles.add(n.box()));
    Placement labels = new LabelPlacer(text, 5 * u)
        .place(
            MapLabels.requests(
                v, cache.basemap(v), spec.language(), u, text, input.index().sites()),
            v.frame(),
            obstacles);
    return new MapPlan(
        spec,
        layout,
        v,
        cache.basemap(v),
        focusCountries(input.index()),
        MapTexts.title(spec, focus),
        subtitle,
        List.of(),
        legend,
        credits,
        labels,
        bar,
        scaleBox,
        north,
        List.of(),
        Optional.empty());
  }

  /** The most caption lines any panel has: every caption gets that room, so the panels stay the same size. */
  private static int captionLines(MapSpec spec, MapInput input, Optional<Actor> focus) {
    int most = 0;
    for (int i = 0; i < input.panels().size(); i++) {
      most = Math.max(most, caption(spec, input, i, focus).size());
    }
    return Math.max(most, 1);
  }

  /** A panel's caption: the date and figures, then with events drawn per panel their window and count. */
  private static List<String> caption(
      MapSpec spec, MapInput input, int panel, Optional<Actor> focus) {
    List<String> lines = new ArrayList<>(MapTexts.caption(spec, input.panels().get(panel), focus));
    input
        .events()
        .filter(e -> !e.oneWindow())
        .ifPresent(e -> lines.add(EventDots.caption(spec.language(), e.panels().get(panel))));
    return lines;
  }

  private static MapPlan withPanels(MapPlan p, List<MapPlan.PanelPlan> panels) {
    return new MapPlan(
        p.spec(),
        p.layout(),
        p.viewport(),
        p.basemap(),
        p.focusCountries(),
        p.title(),
        p.subtitle(),
        panels,
        p.legend(),
        p.credits(),
        p.labels(),
        p.scaleBar(),
        p.scaleBox(),
        p.north(),
        p.marks(),
        p.table());
  }

  private static Optional<Actor> focus(MapSpec spec, MapInput input) {
    return spec.focus().map(id -> input.actors().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown actor '" + id + "'")));
  }

  static Map<String, Color> colours(List<Actor> actors) {
    Map<String, Color> out = new LinkedHashMap<>();
    actors.forEach(a -> out.put(a.id(), Color.decode(a.colour())));
    return out;
  }

  /** The extent with the margin a panel may show beyond it. */
  static org.locationtech.jts.geom.Envelope view(MapSpec spec) {
    return spec.extent().grow(0.3).envelope();
  }

  private static Palette palette(MapSpec spec, MapInput input) {
    return new Palette(
        spec.theme(),
        spec.focus(),
        spec.only(),
        colours(input.actors()),
        DrawnParties.of(input, view(spec)).order(spec.focus()));
  }

  private List<MapPlan.PanelPlan> panels(
      MapSpec spec, MapInput input, MapPlan page, Palette palette, List<MapInput.Panel> data) {
    ControlShapes shapes = cache.control(input.index(), page.viewport());
    Optional<Actor> focus = focus(spec, input);
    List<Rectangle2D> frames = page.layout().panels();
    List<MapPlan.PanelPlan> out = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      MapInput.Panel p = data.get(i);
      int staleAfter = p.figures().method().config().staleAfterDays();
      List<MapPlan.StyledArea> areas =
          p.map().map(m -> areas(m, shapes, palette, staleAfter)).orElse(List.of());
      Optional<String> noData = p.map().isPresent()
          ? Optional.empty()
          : Optional.of(MapTexts.noData(spec, input.firstObservation(), p.date()));
      int index = input.panels().indexOf(p);
      float[] events = input
          .events()
          .map(e -> EventDots.pixels(page.viewport(), e.panels().get(index)))
          .orElse(new float[0]);
      out.add(new MapPlan.PanelPlan(
          p.date(), frames.get(i), areas, caption(spec, input, index, focus), noData, events));
    }
    return out;
  }

  /** The map's pieces grouped by how they are filled, each group one path. */
  static List<MapPlan.StyledArea> areas(
      ControlIndex.ControlMap map, ControlShapes shapes, Palette palette, int staleAfterDays) {
    Map<String, MapPlan.StyledArea> byKey = new LinkedHashMap<>();
    for (ControlIndex.ControlMap.Piece piece : map.pieces()) {
      Holding h = piece.holding();
      Basis basis = piece.basis(map.date(), staleAfterDays);
      String key = h.key()
          + (h.status() == Status.CONTROLS ? "" : ":" + h.other())
          + (basis == Basis.OBSERVED ? "" : ":" + basis.code());
      MapPlan.StyledArea area = byKey.computeIfAbsent(
          key,
          k -> new MapPlan.StyledArea(
              k, palette.style(h, basis), new Path2D.Float(Path2D.WIND_EVEN_ODD)));
      area.path().append(shapes.atom(piece.atom()), false);
    }
    return new ArrayList<>(byKey.values());
  }

  static Rectangle2D scaleBox(Viewport v, ScaleBar bar, double u, MapSpec spec) {
    double labelW = 70 * u;
    return new Rectangle2D.Double(
        8 * u, v.height() - 40 * u, bar.lengthPx() + labelW + 20 * u, 32 * u);
  }

  /** A north arrow when grid north differs from true north by more than half a degree somewhere in the panel. */
  static Optional<MapPlan.NorthArrow> northArrow(Viewport v, double u) {
    double worst = 0;
    for (double[] corner :
        new double[][] {{0, 0}, {v.width(), 0}, {0, v.height()}, {v.width(), v.height()}}) {
      Point2D.Double ll = v.lonLat(corner[0], corner[1]);
      worst = Math.max(worst, Math.abs(v.projection().convergenceDeg(ll.x, ll.y)));
    }
    if (worst <= 0.5) {
      return Optional.empty();
    }
    double x = v.width() - 28 * u;
    double y = 44 * u;
    Point2D.Double ll = v.lonLat(x, y);
    return Optional.of(new MapPlan.NorthArrow(
        x,
        y,
        v.projection().convergenceDeg(ll.x, ll.y),
        new Rectangle2D.Double(x - 18 * u, y - 36 * u, 36 * u, 62 * u)));
  }

  /** The countries of the observed places: their land is drawn a shade lighter. */
  static Set<String> focusCountries(ControlIndex index) {
    return index.sites().stream()
        .filter(Site::observed)
        .map(s -> s.place().country())
        .collect(Collectors.toSet());
  }
}
