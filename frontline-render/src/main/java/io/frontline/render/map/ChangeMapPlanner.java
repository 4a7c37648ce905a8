package io.frontline.render.map;

import io.frontline.actors.Actor;
import io.frontline.control.Site;
import io.frontline.figures.Changes;
import io.frontline.render.geo.MapProjection;
import io.frontline.render.geo.ScaleBar;
import io.frontline.render.geo.Viewport;
import io.frontline.render.labels.LabelPlacer;
import io.frontline.render.labels.LabelRequest;
import io.frontline.render.labels.Placement;
import io.frontline.render.output.Provenance;
import io.frontline.render.text.CityNames;
import io.frontline.render.text.MapLanguage;
import io.frontline.render.text.TextPainter;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Plans a change map: one panel coloured by who held the ground before and after, the places that changed hands
 * marked and labelled with their dates, and a side table of the largest transfers of ground.
 */
public final class ChangeMapPlanner {
  private static final int TABLE_ROWS = 12;
  private final TextPainter text;
  private final ShapeCache cache;

  public ChangeMapPlanner(TextPainter text, ShapeCache cache) {
    this.text = text;
    this.cache = cache;
  }

  public MapPlan plan(MapSpec spec, ChangeInput input, Provenance provenance) {
    MapLanguage l = spec.language();
    Changes changes = input.changes();
    double u = spec.page().unit();
    MapProjection projection = MapProjection.forExtent(spec.extent());
    List<String> parties = parties(changes);
    Palette palette = new Palette(
        spec.theme(), Optional.empty(), false, MapPlanner.colours(input.actors()), parties);
    ChangeStyles styles = new ChangeStyles(palette, spec.theme());
    double width = spec.page().width_px() - 72 * u;
    Legend legend = Legend.of(legend(spec, input, palette, styles, parties), width, u, text);
    List<String> credits =
        MapTexts.credits(spec, changes.method(), projection, provenance, text, width, (float)
            (PageLayout.CREDIT * u));
    PageLayout layout = PageLayout.of(
        spec.page(),
        1,
        Viewport.aspect(projection, spec.extent()),
        legend.rows().size(),
        credits.size(),
        1,
        0.27);
    Rectangle2D frame = layout.panels().get(0);
    Viewport v =
        Viewport.fit(projection, spec.extent(), (int) frame.getWidth(), (int) frame.getHeight());
    ScaleBar bar = ScaleBar.of(v, 150 * u);
    Rectangle2D scaleBox = MapPlanner.scaleBox(v, bar, u, spec);
    Optional<MapPlan.NorthArrow> north = MapPlanner.northArrow(v, u);
    List<Point2D> marks = new ArrayList<>();
    List<LabelRequest> requests = requests(spec, input, v, u, marks);
    List<Rectangle2D> obstacles = new ArrayList<>(List.of(scaleBox));
    north.ifPresent(n -> obstacles.add(n.box()));
    Placement labels = new LabelPlacer(text, 5 * u).place(requests, v.frame(), obstacles);
    MapPlan.PanelPlan panel = new MapPlan.PanelPlan(
        changes.to(),
        frame,
        styles.areas(
            input.index(),
            changes.from(),
            changes.to(),
            input.actor(),
            cache.control(input.index(), v)),
        caption(l, changes),
        Optional.empty());
    return new MapPlan(
        spec,
        layout,
        v,
        cache.basemap(v),
        MapPlanner.focusCountries(input.index()),
        spec.title().orElse(l.text("title.changes")),
        spec.subtitle()
            .orElse(l.text("subtitle.changes", l.date(changes.from()), l.date(changes.to()))),
        List.of(panel),
        legend,
        credits,
        labels,
        bar,
        scaleBox,
        north,
        marks,
        Optional.of(table(l, input, changes)));
  }

  private static List<String> parties(Changes changes) {
    List<String> out = new ArrayList<>();
    changes.transfers().forEach(t -> {
      addActor(out, t.to());
      addActor(out, t.from());
    });
    return out;
  }

  private static void addActor(List<String> out, String party) {
    if (!party.equals(Changes.NONE) && !party.equals(Changes.CONTESTED) && !out.contains(party)) {
      out.add(party);
    }
  }

  private List<Legend.Entry> legend(
      MapSpec spec, ChangeInput input, Palette palette, ChangeStyles styles, List<String> parties) {
    MapLanguage l = spec.language();
    List<Legend.Entry> out = new ArrayList<>();
    for (String id : parties) {
      out.add(new Legend.Entry(
          name(input.actors(), id, l), AreaStyle.solid(palette.colour(id)), Optional.of(id)));
    }
    out.add(new Legend.Entry(
        l.text("legend.changed", l.date(input.changes().from())),
        new AreaStyle(
            spec.theme().focusLand(),
            Optional.of(spec.theme().mutedText()),
            AreaStyle.Hatch.STRIPES),
        Optional.empty()));
    out.add(new Legend.Entry(
        l.text("legend.unchanged"),
        AreaStyle.solid(styles.pale(spec.theme().mutedText())),
        Optional.empty()));
    return out;
  }

  /** City labels, with each place that changed hands marked and labelled with its date instead. */
  private List<LabelRequest> requests(
      MapSpec spec, ChangeInput input, Viewport v, double u, List<Point2D> marks) {
    MapLanguage l = spec.language();
    Set<String> changedIds = input.changes().places().stream()
        .map(p -> "city:" + p.placeId())
        .collect(Collectors.toSet());
    List<LabelRequest> out =
        new ArrayList<>(MapLabels.requests(v, cache.basemap(v), l, u, text, List.of()).stream()
            .filter(r -> !changedIds.contains(r.id()))
            .toList());
    int i = 0;
    List<Changes.PlaceChange> places = new ArrayList<>(input.changes().places());
    places.sort((a, b) -> Long.compare(b.population(), a.population()));
    for (Changes.PlaceChange p : places) {
      Optional<Site> site = input.index().findSite(p.placeId());
      if (site.isEmpty()) {
        continue;
      }
      Point2D px = v.pixel(site.get().place().lon(), site.get().place().lat());
      if (v.frame().contains(px)) {
        marks.add(px);
        String name = CityNames.find(p.placeId()).map(c -> c.label(l)).orElse(p.name());
        out.add(new LabelRequest(
            "place:" + p.placeId(),
            LabelRequest.Kind.PLACE,
            name + " " + l.shortDate(p.changedOn()),
            px,
            3.4 * u,
            1500 + i++,
            false,
            (float) (13.5 * u),
            0,
            l.rightToLeft()));
      }
    }
    return out;
  }

  private static List<String> caption(MapLanguage l, Changes changes) {
    return List.of(l.text(
        "caption.changes",
        l.text("subtitle.changes", l.date(changes.from()), l.date(changes.to())),
        l.count(changes.places().size())));
  }

  private MapPlan.SideTable table(MapLanguage l, ChangeInput input, Changes changes) {
    List<String[]> rows = new ArrayList<>();
    for (Changes.Transfer t : changes.transfers().stream().limit(TABLE_ROWS).toList()) {
      rows.add(new String[] {
        l.text("change.row", party(input.actors(), t.from(), l), party(input.actors(), t.to(), l)),
        l.approximateArea(t.area_km2())
      });
    }
    return new MapPlan.SideTable(l.text("change.table"), rows);
  }

  private static String party(List<Actor> actors, String id, MapLanguage l) {
    if (id.equals(Changes.NONE)) {
      return l.text("party.none");
    }
    return id.equals(Changes.CONTESTED) ? l.text("party.contested") : name(actors, id, l);
  }

  private static String name(List<Actor> actors, String id, MapLanguage l) {
    return actors.stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .map(a -> a.name(l.code()))
        .orElse(id);
  }
}
