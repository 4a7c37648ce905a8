package io.frontline.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.frontline.gazetteer.Place;
import io.frontline.render.text.CityNames;
import io.frontline.server.http.ServerJson;

/** The JSON form of a gazetteer place, with its name in the asked language. */
public final class PlaceJson {
  private PlaceJson() {}

  public static ObjectNode of(Place p, String language) {
    ObjectNode n = ServerJson.object();
    n.put("id", p.id())
        .put("name", p.name())
        .put("label", CityNames.label(p, language))
        .put("country", p.country())
        .put("admin1", p.admin1())
        .put("lat", p.lat())
        .put("lon", p.lon())
        .put("population", p.population())
        .put("feature_code", p.featureCode());
    return n;
  }

  /** The place fields of history.schema.json: id, name, country, lat, lon, population. */
  public static ObjectNode brief(Place p) {
    ObjectNode n = ServerJson.object();
    n.put("id", p.id())
        .put("name", p.name())
        .put("country", p.country())
        .put("lat", p.lat())
        .put("lon", p.lon())
        .put("population", p.population());
    return n;
  }
}
