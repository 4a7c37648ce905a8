package io.frontline.server.tiles;

import io.frontline.actors.Actors;
import io.frontline.app.control.ControlArea;
import io.frontline.control.Holding;
import io.frontline.control.Site;
import io.frontline.geometry.Geometries;
import io.frontline.server.engine.Snapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * The control map of a date as vector tiles: layer {@code control} holds the control areas (dissolved per holding,
 * as the GeoJSON gives them, and cut into pieces of at most {@link Splitter#MAX_POINTS} vertices so a tile touches
 * only what it shows; filled, the cuts do not show), layer {@code settlements} the settlements with their holders and
 * their names per language.
 */
public final class ControlTiles {
  private ControlTiles() {}

  public static List<TileLayer> layers(Snapshot s, LocalDate date) {
    List<TileLayer.Item> areas = new ArrayList<>();
    for (ControlArea a : s.areas(date)) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("holder", a.holder());
      attributes.put("status", a.status().code());
      attributes.put("other", a.other());
      attributes.put("colour", colour(s.actors(), a.holder()));
      attributes.put("area_km2", a.area_km2());
      attributes.put("basis", a.basis().code());
      attributes.put("age_days", a.age_days());
      Splitter.split(a.geometry())
          .forEach(piece -> areas.add(new TileLayer.Item(piece, attributes)));
    }
    List<TileLayer.Item> sites = new ArrayList<>();
    for (Site site : s.index().sites()) {
      site.at(date).ifPresent(h -> {
        Map<String, Object> a = holding(s.actors(), h);
        a.put("id", site.place().id());
        TilePlaceNames.put(a, site.place());
        a.put("population", site.place().population());
        sites.add(new TileLayer.Item(
            Geometries.FACTORY.createPoint(
                new Coordinate(site.place().lon(), site.place().lat())),
            a));
      });
    }
    return List.of(new TileLayer("control", areas), new TileLayer("settlements", sites));
  }

  private static Map<String, Object> holding(Actors actors, Holding h) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("holder", h.holder());
    a.put("status", h.status().code());
    a.put("other", h.other());
    a.put("colour", colour(actors, h.holder()));
    a.put("implied", h.decidedBy().implied());
    return a;
  }

  private static String colour(Actors actors, String id) {
    return id == null ? "#999999" : actors.find(id).map(x -> x.colour()).orElse("#999999");
  }
}
