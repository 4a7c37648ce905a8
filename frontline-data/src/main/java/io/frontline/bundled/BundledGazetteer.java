package io.frontline.bundled;

import io.frontline.formats.geonames.GeoNamesReader;
import io.frontline.gazetteer.GazetteerStore;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The bundled gazetteers, GeoNames cities500 (CC BY 4.0) plus the sourced supplement of places GeoNames'
 * populated-places dump lacks: the region's (Syria, Iraq and their neighbours), which the Islamic State scenario
 * uses, and the world's (every populated place of 500 or more people), which new stores get.
 */
public final class BundledGazetteer {
  static final String REGION = "gazetteer/geonames-region.txt.gz";
  static final String WORLD = "gazetteer/geonames-world.txt.gz";
  private static final int BATCH = 50_000;

  private BundledGazetteer() {}

  /** The region's places and the supplement. */
  public static List<Place> places() {
    List<Place> places = new ArrayList<>();
    read(REGION, places::add);
    places.addAll(supplement());
    return places;
  }

  /** How many places, and in how many countries, a load put into a store. */
  public record Loaded(long places, int countries) {}

  /** Puts the world's places and the supplement into the store, in batches of one transaction each. */
  public static Loaded loadWorld(GazetteerStore store) {
    List<Place> batch = new ArrayList<>(BATCH);
    Set<String> countries = new HashSet<>();
    long[] count = {0};
    read(WORLD, place -> {
      batch.add(place);
      countries.add(place.country());
      if (batch.size() == BATCH) {
        count[0] += flush(store, batch);
      }
    });
    batch.addAll(supplement());
    batch.forEach(p -> countries.add(p.country()));
    return new Loaded(count[0] + flush(store, batch), countries.size());
  }

  private static long flush(GazetteerStore store, List<Place> batch) {
    store.putPlaces(batch);
    int n = batch.size();
    batch.clear();
    return n;
  }

  private static List<Place> supplement() {
    return SupplementReader.read(Resources.open("gazetteer/supplement.tsv"));
  }

  private static void read(String file, java.util.function.Consumer<Place> places) {
    List<Finding> problems = new ArrayList<>();
    try (InputStream in = Resources.open(file)) {
      GeoNamesReader.read(in, p -> true, places, problems::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer " + file, e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "bundled gazetteer " + file + " is damaged: " + problems.get(0));
    }
  }
}
