package io.frontline.figures;

import java.util.List;
import java.util.Optional;

/**
 * One actor's figures on a date. {@code area_km2} is ground it holds (controlled or held under siege);
 * contested ground is in {@code contested_km2} for both parties and in nobody's area. Population, settlements and
 * cities count the gazetteer settlements it holds; {@code cityIds} are the cities' gazetteer ids, in the order of
 * {@code cityNames} (most populous first), so that a caller can name them in another language.
 */
public record ActorFigures(String id, String name, String colour, double area_km2, double contested_km2,
    double besieged_km2, long population, int settlements, int cities, List<String> cityNames, List<Long> cityIds, int observations,
    int sources, Optional<SizeComparison> comparison) {

  public ActorFigures {
    cityNames = List.copyOf(cityNames);
    cityIds = List.copyOf(cityIds);
    if (cityIds.size() != cityNames.size()) {
      throw new IllegalArgumentException("one id per city name: " + cityIds.size() + " ids, " + cityNames.size()
          + " names");
    }
  }
}
