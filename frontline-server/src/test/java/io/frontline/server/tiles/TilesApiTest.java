package io.frontline.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.server.Http;
import io.frontline.server.ServerTest;
import io.tileverse.vectortile.model.VectorTile;
import io.tileverse.vectortile.mvt.VectorTileCodec;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Vector tiles over real HTTP, decoded again: the basemap's layers and the control map of a date. */
class TilesApiTest extends ServerTest {
  static VectorTile decode(Http.Answer a) throws Exception {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    assertThat(a.header("Content-Type")).isEqualTo("application/vnd.mapbox-vector-tile");
    return new VectorTileCodec().decode(a.body());
  }

  @Test
  void basemapTilesCarryLandBordersAndPlaces() throws Exception {
    VectorTile tile = decode(http.get("/tiles/basemap/6/39/25.mvt"));
    assertThat(tile.getLayerNames()).contains("land", "countries", "admin1", "rivers", "places");
    Set<Object> names =
        tile.getFeatures("places").map(f -> f.getAttribute("name")).collect(Collectors.toSet());
    assertThat(names).contains("Mosul");
    tile.getFeatures("land").forEach(f -> {
      var e = f.getGeometry().getEnvelopeInternal();
      assertThat(e.getMinX()).isGreaterThanOrEqualTo(-TileKey.BUFFER);
      assertThat(e.getMaxX()).isLessThanOrEqualTo(TileKey.EXTENT + TileKey.BUFFER);
    });
    VectorTile world = decode(http.get("/tiles/basemap/0/0/0.mvt"));
    assertThat(world
            .getFeatures("country_labels")
            .map(f -> f.getAttribute("name_nl"))
            .collect(Collectors.toSet()))
        .contains("Syrië", "Irak");
  }

  @ParameterizedTest
  @CsvSource({
    "/tiles/basemap/6/39/25.mvt, places, Baghdad, Bagdad, بغداد",
    "/tiles/control/2016-02-01/6/39/25.mvt, settlements, Mosul, Mosoel, الموصل"
  })
  void placeNamesComeInEveryLanguageWhereTheyDiffer(
      String path, String layer, String name, String dutch, String arabic) throws Exception {
    VectorTile.Layer.Feature place = decode(http.get(path))
        .getFeatures(layer)
        .filter(f -> name.equals(f.getAttribute("name")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " in " + path));
    assertThat(place.getAttribute("name_nl")).isEqualTo(dutch);
    assertThat(place.getAttribute("name_ar")).isEqualTo(arabic);
    assertThat(place.getAttributes())
        .as("a name equal to the main name is left out")
        .doesNotContainKey("name_en");
  }

  @Test
  void controlTilesFollowTheDate() throws Exception {
    VectorTile peak = decode(http.get("/tiles/control/2015-06-01/6/39/25.mvt"));
    assertThat(peak.getFeatures("control")
            .map(f -> f.getAttribute("holder"))
            .collect(Collectors.toSet()))
        .contains("islamic-state");
    VectorTile later = decode(http.get("/tiles/control/2017-11-01/6/39/25.mvt"));
    assertThat(later
            .getFeatures("control")
            .map(f -> f.getAttribute("holder"))
            .collect(Collectors.toSet()))
        .contains("iraq");
    Http.Answer a = http.get("/tiles/control/2015-06-01/6/39/25.mvt");
    assertThat(http.get("/tiles/control/2015-06-01/6/39/25.mvt", "If-None-Match", a.header("ETag"))
            .status())
        .isEqualTo(304);
  }

  @Test
  void controlTilesSayWhatTheGroundRestsOn() throws Exception {
    VectorTile tile = decode(http.get("/tiles/control/2016-06-01/6/39/25.mvt"));
    assertThat(tile.getFeatures("control")
            .map(f -> f.getAttribute("basis"))
            .collect(Collectors.toSet()))
        .contains("observed", "stale")
        .isSubsetOf("observed", "stale", "inferred");
    assertThat(tile.getFeatures("control")
            .filter(f -> f.getAttribute("age_days") != null)
            .map(f -> ((Number) f.getAttribute("age_days")).longValue()))
        .allMatch(age -> age >= 0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/tiles/basemap/17/0/0.mvt",
        "/tiles/basemap/3/8/1.mvt",
        "/tiles/basemap/a/b/c.mvt",
        "/tiles/control/2015-02-30/3/1/1.mvt"
      })
  void badTileAddressesAre400(String path) {
    Http.Answer a = http.get(path);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.header("Content-Type")).startsWith("application/problem+json");
  }
}
