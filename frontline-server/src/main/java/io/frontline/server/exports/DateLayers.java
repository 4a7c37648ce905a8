package io.frontline.server.exports;

import io.frontline.actors.Actors;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.server.engine.ControlArea;
import io.frontline.server.engine.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The data of one date as two layers, the same in every export format: the control areas (dissolved per holding) and
 * the settlements with their holders and the observation that decided each.
 */
public record DateLayers(LocalDate date, Actors actors, List<ControlArea> areas, List<SiteRow> settlements) {
  public DateLayers {
    areas = List.copyOf(areas);
    settlements = List.copyOf(settlements);
  }

  /** One settlement's holding on the date. */
  public record SiteRow(Site site, Holding holding) {
  }

  public static DateLayers of(Snapshot s, LocalDate date) {
    List<SiteRow> rows = new ArrayList<>();
    for (Site site : s.index().sites()) {
      site.at(date).ifPresent(h -> rows.add(new SiteRow(site, h)));
    }
    return new DateLayers(date, s.actors(), s.areas(date), rows);
  }

  public String colour(String actor) {
    return actor == null ? "#999999" : actors.find(actor).map(a -> a.colour()).orElse("#999999");
  }

  public String name(String actor) {
    return actor == null ? "" : actors.find(actor).map(a -> a.name()).orElse(actor);
  }
}
