package io.frontline.imports;

import io.frontline.actors.Actors;
import io.frontline.basemap.Basemap;
import io.frontline.gazetteer.Gazetteer;
import io.frontline.observations.ObservationStore;
import io.frontline.observations.Statement;
import io.frontline.sources.Outlets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What an import checks records against: the actors, the gazetteer, the world basemap (areas must lie in a country;
 * none by default) and what is already recorded ({@code recorded} picks the statements already in the store; none by
 * default) and the table of outlets (a statement resting only on state, partisan, mirror, forum or blog outlets is
 * recorded as low confidence; none by default).
 */
public record ImportContext(
    Actors actors,
    Gazetteer gazetteer,
    Basemap basemap,
    UnaryOperator<List<Statement>> recorded,
    Outlets outlets) {
  public ImportContext(
      Actors actors,
      Gazetteer gazetteer,
      Basemap basemap,
      UnaryOperator<List<Statement>> recorded) {
    this(actors, gazetteer, basemap, recorded, Outlets.none());
  }

  public ImportContext {
    if (actors == null || gazetteer == null || basemap == null || recorded == null) {
      throw new IllegalArgumentException(
          "an import context needs actors, a gazetteer, a basemap and a recorded check");
    }
    outlets = outlets == null ? Outlets.none() : outlets;
  }

  /** Actors and gazetteer only: no land check, nothing recorded yet. */
  public static ImportContext of(Actors actors, Gazetteer gazetteer) {
    return new ImportContext(actors, gazetteer, List::of, statements -> List.of());
  }

  public ImportContext withBasemap(Basemap newBasemap) {
    return new ImportContext(actors, gazetteer, newBasemap, recorded, outlets);
  }

  public ImportContext withOutlets(Outlets table) {
    return new ImportContext(actors, gazetteer, basemap, recorded, table);
  }

  /** Statements the store already records are skipped ({@link ObservationStore#findRecorded}). */
  public ImportContext withStore(ObservationStore store) {
    return new ImportContext(
        actors, gazetteer, basemap, statements -> store.findRecorded(statements), outlets);
  }
}
