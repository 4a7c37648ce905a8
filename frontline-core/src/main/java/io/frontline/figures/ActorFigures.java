package io.frontline.figures;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One actor's figures on a date. {@code area_km2} is ground it holds (controlled or held under siege);
 * contested ground is in {@code contested_km2} for both parties and in nobody's area. Population, settlements and
 * cities count the gazetteer settlements it holds; the {@code _low} and {@code _high} figures are the range the
 * model's uncertain choices give (zone radius, implied and inferred ground, confidence); {@code inferred_km2} is the
 * part of the area inferred between towns; {@code city_shares} the contested cities of which it holds a stated share;
 * {@code area_by_grade_km2} its area by the grade of the deciding source ("ungraded" when none is given), in the
 * order of the grades, so that output reads the same every time; {@code cityIds} are the cities' gazetteer ids, in the order of
 * {@code cityNames} (most populous first), so that a caller can name them in another language.
 */
public record ActorFigures(
    String id,
    String name,
    String colour,
    double area_km2,
    double contested_km2,
    double besieged_km2,
    long population,
    int settlements,
    int cities,
    List<String> cityNames,
    List<Long> cityIds,
    int observations,
    int sources,
    Optional<SizeComparison> comparison,
    double area_low_km2,
    double area_high_km2,
    double inferred_km2,
    long population_low,
    long population_high,
    List<CityShare> city_shares,
    Map<String, Double> area_by_grade_km2) {

  /** The share of a contested city an actor holds, as its observation states it (0-1). */
  public record CityShare(long id, String name, double share) {}

  public ActorFigures {
    cityNames = List.copyOf(cityNames);
    cityIds = List.copyOf(cityIds);
    city_shares = List.copyOf(city_shares);
    area_by_grade_km2 = Collections.unmodifiableSortedMap(new TreeMap<>(area_by_grade_km2));
    if (cityIds.size() != cityNames.size()) {
      throw new IllegalArgumentException(
          "one id per city name: " + cityIds.size() + " ids, " + cityNames.size() + " names");
    }
  }
}
