package io.frontline.gazetteer;

import java.util.Collection;

/** A gazetteer that can be written: places are reference data, replaced by id. */
public interface GazetteerStore extends Gazetteer {
  /** Inserts or replaces the places, all or nothing. */
  void putPlaces(Collection<Place> places);

  long placeCount();
}
