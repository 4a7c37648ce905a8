package io.frontline.figures;

import io.frontline.basemap.Country;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * An area put in terms a reader knows: a multiple of a reference country ("about 3.1 times Belgium") and the
 * country closest in size ("about the size of Jordan"). Country areas are geodesic areas of Natural Earth outlines.
 * The countries' ISO 3166-1 codes let a client name them in its reader's language.
 */
public record SizeComparison(
    String reference,
    double reference_km2,
    double ratio,
    String closest,
    double closest_km2,
    String text,
    String reference_iso2,
    String closest_iso2) {
  /** Dependent territories and uninhabited lands: not what a reader compares with. */
  private static final Set<String> NOT_COMPARED = Set.of(
      "AQ", "AS", "AW", "AX", "BL", "BM", "BQ", "BV", "CC", "CK", "CW", "CX", "EH", "FK", "FO",
      "GF", "GG", "GI", "GL", "GP", "GS", "GU", "HK", "HM", "IM", "IO", "JE", "KY", "MF", "MO",
      "MP", "MQ", "MS", "NC", "NF", "NU", "PF", "PM", "PN", "PR", "RE", "SH", "SJ", "SX", "TC",
      "TF", "TK", "UM", "VG", "VI", "WF", "YT");
  /** Below this, "the size of" a country means a micro-state: the share of the reference says more. */
  private static final double MIN_CLOSEST_KM2 = 5_000;

  public static Optional<SizeComparison> of(
      double area_km2, Country reference, List<Country> countries) {
    if (!(area_km2 > 0) || reference == null || !(reference.area_km2() > 0)) {
      return Optional.empty();
    }
    Country closest = countries.stream()
        .filter(c -> c.area_km2() >= MIN_CLOSEST_KM2)
        .filter(c -> !NOT_COMPARED.contains(c.iso2()))
        .min(Comparator.comparingDouble(c -> Math.abs(Math.log(c.area_km2() / area_km2))))
        .orElse(reference);
    double ratio = area_km2 / reference.area_km2();
    String text = String.format(Locale.ROOT, "about %s %s", times(ratio), reference.name());
    if (area_km2 >= MIN_CLOSEST_KM2 && closest != reference) {
      text += "; about the size of " + closest.name();
    }
    return Optional.of(new SizeComparison(
        reference.name(),
        round(reference.area_km2()),
        Math.round(ratio * 100) / 100.0,
        closest.name(),
        round(closest.area_km2()),
        text,
        reference.iso2(),
        closest.iso2()));
  }

  private static String times(double ratio) {
    if (ratio >= 0.95 && ratio < 1.05) {
      return "the size of";
    }
    return ratio < 1
        ? String.format(Locale.ROOT, "%.0f%% of", ratio * 100)
        : String.format(Locale.ROOT, "%.1f times", ratio);
  }

  private static double round(double km2) {
    return Math.round(km2);
  }
}
