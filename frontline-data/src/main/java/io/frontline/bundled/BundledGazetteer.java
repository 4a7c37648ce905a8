package io.frontline.bundled;

import io.frontline.formats.geonames.GeoNamesReader;
import io.frontline.gazetteer.Place;
import io.frontline.observations.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled gazetteer: GeoNames places (cities500, CC BY 4.0) of Syria, Iraq and their neighbours, plus the
 * sourced supplement of places GeoNames' populated-places dump lacks.
 */
public final class BundledGazetteer {
  private BundledGazetteer() {
  }

  public static List<Place> places() {
    List<Place> places = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    try (InputStream in = Resources.open("gazetteer/geonames-region.txt.gz")) {
      GeoNamesReader.read(in, p -> true, places::add, problems::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled gazetteer", e);
    }
    if (!problems.isEmpty()) {
      throw new IllegalStateException("bundled gazetteer is damaged: " + problems.get(0));
    }
    places.addAll(SupplementReader.read(Resources.open("gazetteer/supplement.tsv")));
    return places;
  }
}
