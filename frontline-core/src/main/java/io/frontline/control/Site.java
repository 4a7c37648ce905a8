package io.frontline.control;

import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A settlement (or an observed place) with the holding of its cell over time ({@code resolution}), whether it is
 * observed itself, and the people it stands for in population figures ({@code population}, from the index's
 * population estimate). Population and settlement figures count sites.
 */
public record Site(Place place, boolean observed, Resolution resolution, long population) {
  public Site(Place place, boolean observed, Resolution resolution) {
    this(place, observed, resolution, place.population());
  }

  public Optional<Holding> at(LocalDate date) {
    return resolution.at(date);
  }
}
