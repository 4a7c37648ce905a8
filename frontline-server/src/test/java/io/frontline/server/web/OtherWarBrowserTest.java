package io.frontline.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.frontline.actors.Actors;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.actors.ActorFileReader;
import io.frontline.formats.geonames.GeoNamesReader;
import io.frontline.gazetteer.Place;
import io.frontline.imports.ImportContext;
import io.frontline.imports.ImportOptions;
import io.frontline.imports.ImportResult;
import io.frontline.imports.ObservationImport;
import io.frontline.server.FrontlineServer;
import io.frontline.server.ServerConfig;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app on a store of another war (the Sudan tutorial's data) opens on that war's ground, not on Iraq and Syria. */
@Tag("browser")
class OtherWarBrowserTest {
  @Test
  void aStoreOfAnotherWarOpensOnItsGround(@TempDir Path dir) throws Exception {
    Path store = sudanStore(dir);
    try (FrontlineServer server = FrontlineServer.start(ServerConfig.local(store, 0));
        Browser browser = Browser.open(1280, 800)) {
      browser.driver().get(server.url());
      browser.waitFor("window.frontline && window.frontline.ready");
      browser.waitFor(
          "document.getElementById('tab-figures').textContent.includes('Rapid Support Forces')");
      browser.waitForUrl("view=");
      browser.screenshot("36-another-war-sudan");
      String url = browser.driver().getCurrentUrl();
      String[] view = url.replaceAll(".*[?&]view=([^&]*).*", "$1").split("%2C|,");
      double lon = Double.parseDouble(view[0]);
      double lat = Double.parseDouble(view[1]);
      assertThat(lon).as(url).isBetween(22.0, 35.0);
      assertThat(lat).as(url).isBetween(10.0, 17.0);
      assertThat((List<?>) browser.js("return window.frontline.policyViolations;"))
          .isEmpty();
    }
  }

  /** A store made as a user makes one: places from a GeoNames file, an actors file, an observations CSV. */
  static Path sudanStore(Path dir) throws Exception {
    Path tutorial = Path.of("..", "docs", "tutorials", "sudan");
    Path file = dir.resolve("sudan.gpkg");
    try (GeoPackageStore store = GeoPackageStore.open(file)) {
      List<Place> places = new ArrayList<>();
      GeoNamesReader.read(tutorial.resolve("sudan-places.txt"), p -> true, places::add, f -> {});
      store.putPlaces(places);
      store.putActors(ActorFileReader.read(tutorial.resolve("actors.json")).actors());
      ImportResult result = ObservationImport.read(
          tutorial.resolve("sudan-control-changes.csv"),
          ImportContext.of(new Actors(store.actors()), store)
              .withBasemap(NaturalEarthBasemap.shared()),
          ImportOptions.defaults());
      assertThat(result.hasErrors()).as(result.findings().toString()).isFalse();
      store.record(result.toRecord(false), "test");
    }
    return file;
  }
}
