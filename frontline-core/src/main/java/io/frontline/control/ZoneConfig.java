package io.frontline.control;

import java.util.Locale;

/**
 * How observations of places become ground (see {@link Cells} and {@link ControlIndexBuilder}). The ground is cut into
 * fixed cells: the Voronoi cells of the gazetteer's settlements and of a hexagonal grid {@code cellSpacing_km} apart,
 * clipped to their country when {@code clipToCountry}. A cell takes the holding of the nearest observed place of its
 * country that has a known holding on the date: within {@code radius_km} (the place's zone), or up to
 * {@code inferReach_km} when the next nearest such place agrees (ground between towns, reported as inferred). The
 * cell of an unobserved city of at least {@code anchorPopulation} people takes no holding from its neighbours.
 * {@code impliedDays} bounds how long before a place's first observation the previous holder that observation names
 * is taken to have held it. {@code anchorDistance_km} is kept for the record of older figures; {@code circleSegments}
 * for discs drawn around places.
 */
public record ZoneConfig(
    double radius_km,
    boolean clipToCountry,
    int circleSegments,
    long anchorPopulation,
    double anchorDistance_km,
    int impliedDays,
    double cellSpacing_km,
    double inferReach_km) {
  public static final ZoneConfig DEFAULT = new ZoneConfig(30, true, 72, 100_000, 10, 365, 10, 45);
  /** The cautious end of a range: zones this share of the radius, nothing inferred or implied, no low confidence. */
  public static final double LOW_FACTOR = 0.7;
  /** The generous end of a range: zones and the reach of inference this many times larger. */
  public static final double HIGH_FACTOR = 1.4;

  public ZoneConfig {
    if (!(radius_km >= 1 && radius_km <= 500)) {
      throw new IllegalArgumentException(
          "zone radius must be between 1 and 500 km, was " + radius_km);
    }
    if (circleSegments < 8 || circleSegments > 720) {
      throw new IllegalArgumentException(
          "circle segments must be between 8 and 720, was " + circleSegments);
    }
    if (impliedDays < 0 || impliedDays > 36_500) {
      throw new IllegalArgumentException(
          "implied days must be between 0 and 36500, was " + impliedDays);
    }
    if (anchorPopulation < 1 || !(anchorDistance_km >= 0)) {
      throw new IllegalArgumentException(
          "anchor population must be >= 1 and anchor distance >= 0 km, were " + anchorPopulation
              + " and " + anchorDistance_km);
    }
    if (!(cellSpacing_km >= 1 && cellSpacing_km <= 100)) {
      throw new IllegalArgumentException(
          "cell spacing must be between 1 and 100 km, was " + cellSpacing_km);
    }
    if (!(inferReach_km >= 0 && inferReach_km <= 1000)) {
      throw new IllegalArgumentException(
          "reach of inference must be between 0 and 1000 km, was " + inferReach_km);
    }
  }

  public ZoneConfig withRadius(double km) {
    return new ZoneConfig(
        km,
        clipToCountry,
        circleSegments,
        anchorPopulation,
        anchorDistance_km,
        impliedDays,
        cellSpacing_km,
        inferReach_km);
  }

  public ZoneConfig withInferReach(double km) {
    return new ZoneConfig(
        radius_km,
        clipToCountry,
        circleSegments,
        anchorPopulation,
        anchorDistance_km,
        impliedDays,
        cellSpacing_km,
        km);
  }

  /** The farthest a cell looks for an observed place: the generous reach. */
  public double farthest_km() {
    return Math.max(radius_km, inferReach_km) * HIGH_FACTOR;
  }

  /** What the figures count. */
  public Reach central() {
    return new Reach(radius_km, Math.max(radius_km, inferReach_km), true, true);
  }

  /** The cautious end of a range. */
  public Reach low() {
    return new Reach(radius_km * LOW_FACTOR, 0, false, false);
  }

  /** The generous end of a range. */
  public Reach high() {
    return new Reach(
        radius_km * HIGH_FACTOR, Math.max(radius_km, inferReach_km) * HIGH_FACTOR, true, true);
  }

  public String describe() {
    return String.format(
        Locale.ROOT,
        "cells of settlements and a %.0f km grid%s; a cell takes the holding of the"
            + " nearest observed place within %.0f km, or within %.0f km when the next nearest agrees (inferred); cities"
            + " of %,d+ people are not inferred",
        cellSpacing_km,
        clipToCountry ? ", clipped to the country" : "",
        radius_km,
        Math.max(radius_km, inferReach_km),
        anchorPopulation);
  }
}
