package io.frontline.control;

import io.frontline.gazetteer.Place;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A gazetteer settlement inside the observed ground, with the candidates of every footprint that covers its point
 * (and its own zone when it is observed). Population and settlement figures count sites.
 */
public record Site(Place place, boolean observed, Resolution resolution) {
  public Optional<Holding> at(LocalDate date) {
    return resolution.at(date);
  }
}
