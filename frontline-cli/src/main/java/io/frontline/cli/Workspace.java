package io.frontline.cli;

import io.frontline.actors.Actors;
import io.frontline.app.View;
import io.frontline.basemap.Basemap;
import io.frontline.bundled.NaturalEarthBasemap;
import io.frontline.control.ControlIndex;
import io.frontline.figures.ChangesOp;
import io.frontline.figures.FiguresConfig;
import io.frontline.figures.FiguresOp;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Observation;
import io.frontline.refusals.Refusal;
import io.frontline.store.GeoPackageStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open store and the engine built on it for one command: the actors, the observations as recorded at the chosen
 * time, and the control index.
 */
final class Workspace implements View, AutoCloseable {
  private final GeoPackageStore store;
  private final StoreOptions options;
  private ControlIndex index;
  private Actors actors;

  private Workspace(GeoPackageStore store, StoreOptions options) {
    this.store = store;
    this.options = options;
  }

  /** Opens an existing store; a missing file is a user error. */
  static Workspace open(StoreOptions options) {
    options.check();
    if (!Files.isRegularFile(options.store)) {
      throw Refusal.notFound(
          "no store at " + options.store.toAbsolutePath()
              + "; create one with 'frontline init --store FILE' (or 'frontline demo'), or give --store FILE");
    }
    return checkedAsOf(create(options));
  }

  /** With --as-of, a time before anything was recorded is refused (exit 4): the store had nothing to show then. */
  private static Workspace checkedAsOf(Workspace ws) {
    Optional<String> nothing = AsOf.nothingRecorded(ws.options, ws.store::firstRecordedAt);
    if (nothing.isPresent()) {
      ws.close();
      throw Refusal.notFound(nothing.get());
    }
    return ws;
  }

  /** Opens a store, creating it if missing; a file that is not a Frontline GeoPackage is a store error. */
  static Workspace create(StoreOptions options) {
    try {
      return new Workspace(GeoPackageStore.open(options.store), options);
    } catch (IllegalArgumentException e) {
      throw Refusal.unavailable(e.getMessage(), e);
    }
  }

  @Override
  public GeoPackageStore store() {
    return store;
  }

  @Override
  public long revision() {
    return store.revision();
  }

  @Override
  public io.frontline.timeline.RecordTime asOf() {
    return options.recordTime();
  }

  @Override
  public io.frontline.figures.Figures figures(java.time.LocalDate date) {
    return figures().figures(date);
  }

  static Basemap basemap() {
    return NaturalEarthBasemap.shared();
  }

  @Override
  public Actors actors() {
    if (actors == null) {
      actors = new Actors(store.actors());
    }
    return actors;
  }

  Optional<String> actorId(String idOrName) {
    return actorId(Optional.ofNullable(idOrName));
  }

  /** The place named, without a word about other places of that name. */
  Place place(String idOrName) {
    return place(idOrName, null, null, "");
  }

  /** The place named (observed places first); other matches go to {@code warnings}, ending with {@code hint}. */
  Place place(String idOrName, String country, java.io.PrintWriter warnings, String hint) {
    return new PlaceLookup(store, this::observedPlaces).find(idOrName, country, warnings, hint);
  }

  private java.util.Set<Long> observedPlaces() {
    return index().observedPlaceIds();
  }

  List<Observation> observations() {
    return index().observations();
  }

  @Override
  public ControlIndex index() {
    if (index == null) {
      index = new IndexLoad(store, options.recordTime(), options.zones(), basemap()).index();
    }
    return index;
  }

  /** Figures compare sizes with the countries' areas only, so they take the small sizes table, not the outlines. */
  FiguresOp figures() {
    return new FiguresOp(
        index(),
        actors(),
        NaturalEarthBasemap.sizes(),
        FiguresConfig.DEFAULT,
        options.recordTime());
  }

  @Override
  public ChangesOp changes() {
    return new ChangesOp(index(), figures());
  }

  Path path() {
    return options.store;
  }

  @Override
  public void close() {
    store.close();
  }
}
