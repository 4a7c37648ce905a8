package io.frontline.server.tiles;

import io.frontline.actors.Actors;
import io.frontline.control.Atom;
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
 * The control map of a date as vector tiles: layer {@code control} holds the atoms of the arrangement with their
 * holding (no dissolve is needed: atoms of one holder share edges, so filled they look as one), layer
 * {@code settlements} the settlements with their holders.
 */
public final class ControlTiles {
  private ControlTiles() {
  }

  public static List<TileLayer> layers(Snapshot s, LocalDate date) {
    List<TileLayer.Item> atoms = new ArrayList<>();
    for (Atom atom : s.index().atoms()) {
      atom.at(date).ifPresent(h -> atoms.add(new TileLayer.Item(atom.geometry(), holding(s.actors(), h))));
    }
    List<TileLayer.Item> sites = new ArrayList<>();
    for (Site site : s.index().sites()) {
      site.at(date).ifPresent(h -> {
        Map<String, Object> a = holding(s.actors(), h);
        a.put("id", site.place().id());
        a.put("name", site.place().name());
        a.put("population", site.place().population());
        sites.add(new TileLayer.Item(Geometries.FACTORY.createPoint(new Coordinate(site.place().lon(),
            site.place().lat())), a));
      });
    }
    return List.of(new TileLayer("control", atoms), new TileLayer("settlements", sites));
  }

  private static Map<String, Object> holding(Actors actors, Holding h) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("holder", h.holder());
    a.put("status", h.status().code());
    a.put("other", h.other());
    a.put("colour", h.holder() == null ? "#999999" : actors.find(h.holder()).map(x -> x.colour()).orElse("#999999"));
    a.put("implied", h.decidedBy().implied());
    return a;
  }
}
