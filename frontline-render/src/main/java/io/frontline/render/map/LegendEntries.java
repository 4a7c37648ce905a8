package io.frontline.render.map;

import io.frontline.render.text.MapLanguage;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The legend's entries for a map: exactly the parties drawn, then the patterns it uses. */
final class LegendEntries {
  private final MapSpec spec;
  private final MapInput input;
  private final Palette palette;

  LegendEntries(MapSpec spec, MapInput input, Palette palette) {
    this.spec = spec;
    this.input = input;
    this.palette = palette;
  }

  List<Legend.Entry> entries(DrawnParties drawn) {
    MapLanguage l = spec.language();
    List<Legend.Entry> out = new ArrayList<>();
    boolean others = false;
    for (String id : drawn.order(spec.focus())) {
      if (spec.only() && !spec.focus().map(id::equals).orElse(false)) {
        others = true;
        continue;
      }
      out.add(new Legend.Entry(name(id, l), AreaStyle.solid(palette.colour(id)), Optional.of(id)));
    }
    if (others) {
      out.add(new Legend.Entry(
          l.text("legend.others"), AreaStyle.solid(palette.others()), Optional.empty()));
    }
    Color pattern = spec.theme().mutedText();
    Color base = spec.theme().focusLand();
    if (drawn.contested()) {
      out.add(new Legend.Entry(
          l.text("legend.contested"),
          new AreaStyle(base, Optional.of(pattern), AreaStyle.Hatch.STRIPES),
          Optional.empty()));
    }
    if (drawn.besieged()) {
      out.add(new Legend.Entry(
          l.text("legend.besieged"),
          new AreaStyle(base, Optional.of(pattern), AreaStyle.Hatch.CROSS),
          Optional.empty()));
    }
    Color sample = spec.focus().map(palette::colour).orElse(pattern);
    if (drawn.stale()) {
      out.add(new Legend.Entry(l.text("legend.stale"), palette.stale(sample), Optional.empty()));
    }
    if (drawn.inferred()) {
      out.add(new Legend.Entry(
          l.text("legend.inferred"), AreaStyle.solid(palette.lighter(sample)), Optional.empty()));
    }
    input
        .events()
        .ifPresent(e -> out.add(new Legend.Entry(
            EventDots.legend(l, e), EventDots.legendStyle(spec.theme()), Optional.empty())));
    return out;
  }

  private String name(String id, MapLanguage l) {
    return input.actors().stream()
        .filter(a -> a.id().equals(id))
        .findFirst()
        .map(a -> a.name(l.code()))
        .orElse(id);
  }
}
