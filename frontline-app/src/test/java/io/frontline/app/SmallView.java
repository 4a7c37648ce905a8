package io.frontline.app;

import io.frontline.actors.Actors;
import io.frontline.contract.StoreFixtures;
import io.frontline.control.ControlIndex;
import io.frontline.control.ControlIndexBuilder;
import io.frontline.control.ZoneConfig;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.Figures;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.observations.Confidence;
import io.frontline.observations.Source;
import io.frontline.observations.SourceKind;
import io.frontline.observations.Statement;
import io.frontline.observations.Status;
import io.frontline.observations.Subject;
import io.frontline.store.GeoPackageStore;
import io.frontline.testing.MemoryBasemap;
import io.frontline.timeline.FuzzyDate;
import io.frontline.timeline.RecordTime;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A real store in a folder with the towns of {@link StoreFixtures}: Islamic State takes Mosul (June 2014) and Raqqa
 * (January 2014), Iraq holds Tal Afar (March 2014); read as the use cases read it.
 */
public final class SmallView implements View, AutoCloseable {
  static final MemoryBasemap BASEMAP = new MemoryBasemap(List.of(
      MemoryBasemap.box("IQ", "Iraq", 38.8, 29, 48.6, 37.4),
      MemoryBasemap.box("SY", "Syria", 35.7, 32.3, 38.8, 37.3)));
  private final GeoPackageStore store;
  private final ControlIndex index;
  private final Actors actors;
  private final FiguresOp figures;

  public SmallView(Path dir) {
    store = GeoPackageStore.open(dir.resolve("small.gpkg"));
    store.putPlaces(StoreFixtures.places());
    store.putActors(StoreFixtures.actors());
    store.record(
        List.of(
            StoreFixtures.mosulFalls(),
            place(StoreFixtures.RAQQA, "isis", null, "2014-01-14"),
            place(StoreFixtures.TAL_AFAR, "iraq", null, "2014-03-01")),
        "test");
    index = new ControlIndexBuilder(store, BASEMAP, ZoneConfig.DEFAULT)
        .build(store.observations(RecordTime.now()));
    actors = new Actors(store.actors());
    figures = new FiguresOp(index, actors, BASEMAP, FiguresConfig.DEFAULT, RecordTime.now());
  }

  static Statement place(long id, String actor, String from, String date) {
    return new Statement(
        new Subject.PlaceRef(id),
        actor,
        Status.CONTROLS,
        from,
        FuzzyDate.parse(date),
        Source.ofUrl("https://www.example.org/" + id, SourceKind.NEWS),
        Confidence.HIGH,
        "");
  }

  @Override
  public GeoPackageStore store() {
    return store;
  }

  @Override
  public ControlIndex index() {
    return index;
  }

  @Override
  public Actors actors() {
    return actors;
  }

  @Override
  public Figures figures(LocalDate date) {
    return figures.figures(date);
  }

  @Override
  public ChangesOp changes() {
    return new ChangesOp(index, figures);
  }

  @Override
  public long revision() {
    return store.revision();
  }

  @Override
  public void close() {
    store.close();
  }
}
