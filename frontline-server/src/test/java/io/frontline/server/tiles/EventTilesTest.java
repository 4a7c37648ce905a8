package io.frontline.server.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.server.DemoEvents;
import io.frontline.server.FrontlineServer;
import io.frontline.server.Http;
import io.frontline.server.ServerConfig;
import io.tileverse.vectortile.model.VectorTile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The events' vector tiles over real HTTP on the demo store with the bundled events, decoded again. */
class EventTilesTest {
  /** A tile holding all of Syria and Iraq at zoom 2, and one over Mosul at zoom 9. */
  private static final String WORLD = "2/2/1.mvt";

  private static final String MOSUL = "9/317/200.mvt";
  private static FrontlineServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("frontline-event-tiles");
    server = FrontlineServer.start(ServerConfig.local(DemoEvents.copy(dir), 0));
    http = new Http(server.url());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long count(VectorTile tile) {
    long clustered = tile.getFeatures("event-clusters")
        .mapToLong(f -> ((Number) f.getAttribute("count")).longValue())
        .sum();
    return clustered + tile.getFeatures("events").count();
  }

  @Test
  void lowZoomsClusterEveryEventOfTheWindowOnce() throws Exception {
    VectorTile tile = TilesApiTest.decode(
        http.get("/tiles/events/2016-01-01/2016-12-31/" + WORLD + "?type=ucdp-ged"));
    assertThat(tile.getLayerNames()).contains("event-clusters");
    assertThat(count(tile)).as("the UCDP events of 2016").isEqualTo(5_989);
    assertThat(tile.getFeatures("event-clusters")
            .mapToLong(f -> ((Number) f.getAttribute("fatalities")).longValue())
            .sum())
        .isPositive();
    VectorTile strikes = TilesApiTest.decode(
        http.get("/tiles/events/2016-01-01/2016-12-31/" + WORLD + "?type=airstrike"));
    assertThat(count(strikes)).isPositive().isLessThan(5_989);
    assertThat(strikes
            .getFeatures("event-clusters")
            .map(f -> f.getAttribute("type"))
            .distinct()
            .collect(Collectors.toList()))
        .containsExactly("airstrike");
  }

  @Test
  void highZoomsCarryEachEventWithWhoseGroundItWasOn() throws Exception {
    VectorTile tile = TilesApiTest.decode(http.get("/tiles/events/2016-01-01/2016-12-31/" + MOSUL));
    assertThat(tile.getLayerNames()).containsExactly("events");
    List<VectorTile.Layer.Feature> events = tile.getFeatures("events").collect(Collectors.toList());
    assertThat(events).isNotEmpty();
    assertThat(events).allSatisfy(f -> {
      assertThat(f.getAttributes())
          .containsKeys("id", "dataset", "date", "precision", "type", "sides", "ground", "source");
      assertThat(f.getAttribute("ground")).isIn("held", "changed", "unheld", "no-point");
    });
    assertThat(events).anySatisfy(f -> {
      assertThat(f.getAttribute("ground")).isEqualTo("held");
      assertThat(f.getAttribute("ground_holder")).isEqualTo("islamic-state");
    });
  }

  @Test
  void aSideFilterKeepsOnlyTheEventsOfThatActor() throws Exception {
    VectorTile tile = TilesApiTest.decode(
        http.get("/tiles/events/2016-01-01/2016-12-31/" + MOSUL + "?side=islamic-state"));
    List<VectorTile.Layer.Feature> events = tile.getFeatures("events").collect(Collectors.toList());
    assertThat(events).isNotEmpty().allSatisfy(f -> assertThat(
            List.of(((String) f.getAttribute("side_ids")).split(",")))
        .contains("islamic-state"));
    long theirs = count(TilesApiTest.decode(
        http.get("/tiles/events/2016-01-01/2016-12-31/" + WORLD + "?side=islamic-state")));
    assertThat(theirs)
        .isPositive()
        .isLessThan(
            count(TilesApiTest.decode(http.get("/tiles/events/2016-01-01/2016-12-31/" + WORLD))));
  }

  @Test
  void theWindowDecides() throws Exception {
    VectorTile empty =
        TilesApiTest.decode(http.get("/tiles/events/2021-01-01/2021-01-31/" + WORLD));
    assertThat(count(empty)).isZero();
    assertThat(http.get("/tiles/events/2016-02-01/2016-01-01/" + WORLD).status())
        .isEqualTo(400);
    Http.Answer a = http.get("/tiles/events/2016-01-01/2016-12-31/" + WORLD);
    assertThat(http.get(
                "/tiles/events/2016-01-01/2016-12-31/" + WORLD, "If-None-Match", a.header("ETag"))
            .status())
        .isEqualTo(304);
  }

  @Test
  void mapPicturesDrawTheEventsWhenAsked() {
    Http.Answer with =
        http.get("/api/v1/exports?date=2016-06-01&format=svg&size=800x600&events=true");
    assertThat(with.status()).as(with.text()).isEqualTo(200);
    assertThat(with.text())
        .contains("UCDP GED and CJTF-OIR strike-release events, 2016:", "each dot one event");
    Http.Answer strikes =
        http.get("/api/v1/exports?date=2016-06-01&format=svg&size=800x600&events=true"
            + "&events_from=2016-05-01&events_to=2016-05-31&events_type=airstrike");
    assertThat(strikes.text())
        .contains("CJTF-OIR strike-release (airstrike) events, 1 May 2016 to 31 May 2016:");
    assertThat(http.get(
                "/api/v1/exports?date=2016-06-01&format=svg&events=true&events_from=2016-05-01")
            .status())
        .isEqualTo(400);
  }
}
