package io.frontline.figures;

import java.util.List;
import java.util.Optional;

/**
 * One actor's figures on a date. {@code area_km2} is ground it holds (controlled or held under siege);
 * contested ground is in {@code contested_km2} for both parties and in nobody's area. Population, settlements and
 * cities count the gazetteer settlements it holds.
 */
public record ActorFigures(String id, String name, String colour, double area_km2, double contested_km2,
    double besieged_km2, long population, int settlements, int cities, List<String> cityNames, int observations,
    int sources, Optional<SizeComparison> comparison) {

  public ActorFigures {
    cityNames = List.copyOf(cityNames);
  }
}
