package io.frontline.figures;

/**
 * Parameters of the figures: the population from which a settlement counts as a city, the age after which a
 * deciding observation counts as stale, and the country areas are compared with (ISO alpha-2).
 */
public record FiguresConfig(long cityPopulation, int staleAfterDays, String referenceCountry) {
  public static final FiguresConfig DEFAULT = new FiguresConfig(100_000, 365, "BE");

  public FiguresConfig {
    if (cityPopulation < 1) {
      throw new IllegalArgumentException(
          "city population threshold must be >= 1, was " + cityPopulation);
    }
    if (staleAfterDays < 1) {
      throw new IllegalArgumentException("stale-after must be >= 1 day, was " + staleAfterDays);
    }
    if (referenceCountry == null || !referenceCountry.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException(
          "reference country must be ISO alpha-2, was '" + referenceCountry + "'");
    }
  }
}
