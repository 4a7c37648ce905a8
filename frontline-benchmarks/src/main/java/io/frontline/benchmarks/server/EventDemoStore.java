package io.frontline.benchmarks.server;

import io.frontline.actors.Actors;
import io.frontline.bundled.BundledActors;
import io.frontline.bundled.BundledEvents;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.formats.events.EventImport;
import io.frontline.formats.events.EventReadOptions;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the bundled events (UCDP GED Syria and Iraq 2013-2019, the coalition's strike releases 2014-2016) to a store
 * made by {@code ./frontline demo}, for the events' tiles of {@link ServerBench}: {@code EventDemoStore frontline.gpkg}.
 */
public final class EventDemoStore {
  private EventDemoStore() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: EventDemoStore STORE.gpkg");
      System.exit(2);
    }
    Path dir = Files.createTempDirectory("frontline-bench-events");
    try (GeoPackageStore store = GeoPackageStore.open(Path.of(args[0]))) {
      EventReadOptions options = new EventReadOptions(
          new Actors(BundledActors.islamicStateScenario()), store, NaturalEarthBasemap.shared());
      for (BundledEvents.Dataset d : BundledEvents.Dataset.values()) {
        EventImport.Outcome o =
            EventImport.run(BundledEvents.extract(d, dir), options, store, n -> {});
        System.out.println(d.fileName() + ": " + o.added() + " events added");
      }
      System.out.println("events in the store: " + store.eventCount());
    }
  }
}
