package io.frontline.figures;

import io.frontline.control.ZoneConfig;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * How figures were made and what stands behind them: the rule, the zone parameters, and counts of the observations
 * and sources. {@code implied_km2} is ground held only by a holder implied by a later capture; {@code stale_km2}
 * ground decided by an observation older than the stale limit; {@code placesWithoutZone} observed places that got no
 * zone (outside every country outline). All say where the data is thin.
 */
public record Method(
    String rule,
    String areaMethod,
    String populationProxy,
    ZoneConfig zones,
    String zoneRule,
    FiguresConfig config,
    String asRecorded,
    int observationsTotal,
    int observationsInEffect,
    int observationsDeciding,
    int sources,
    Map<String, Integer> sourceKinds,
    int observedPlaces,
    int areaObservations,
    int placesWithoutZone,
    double implied_km2,
    double stale_km2) {

  public static final String RULE =
      "For each point, among the observations covering it whose date has begun by the"
          + " given date, the one with the latest start wins; ties go to the more precise date (day over month over year),"
          + " then higher confidence, then the later record. A month- or year-precise date takes effect from the first"
          + " day of its period. For up to implied_days before a place's first observation, the previous holder that"
          + " observation names (if any) holds it. Presence observations do not change control.";
  public static final String AREA =
      "geodesic area on the WGS84 ellipsoid (GeographicLib), as PostGIS" + " ST_Area(geography)";
  public static final String POPULATION =
      "sum of GeoNames populations of the settlements held (a proxy: GeoNames"
          + " figures are of different years and small places are missing)";

  public Method {
    sourceKinds = Collections.unmodifiableSortedMap(new TreeMap<>(sourceKinds));
  }
}
