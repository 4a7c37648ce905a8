package io.frontline.events;

import java.util.Locale;

/**
 * How exactly an event's coordinates place it, on one scale for every dataset. Only {@link #EXACT} and {@link #NEAR}
 * locate an event well enough to say whose ground it was on; the coarser levels stand for a district, a province, a
 * part of a country, a country or no land at all, and their coordinates are that unit's centre.
 *
 * <p>UCDP GED {@code where_prec}: 1 exact, 2 near (within 25 km of a known point), 3 district (second-order
 * administrative unit), 4 province (first-order unit), 5 region (a part of a country or a linear feature), 6 country,
 * 7 none (international waters or airspace). ACLED {@code geo_precision}: 1 exact, 2 near (a part of a region, the
 * nearest town named), 3 province (only a larger region, its capital given).
 */
public enum LocationPrecision {
  EXACT,
  NEAR,
  DISTRICT,
  PROVINCE,
  REGION,
  COUNTRY,
  NONE;

  /** True when the coordinates are close enough to the event to answer for its point. */
  public boolean locatesPoint() {
    return this == EXACT || this == NEAR;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static LocationPrecision parse(String text) {
    for (LocationPrecision p : values()) {
      if (p.code().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "location precision must be one of exact, near, district, province, region,"
            + " country, none; was '" + text + "'");
  }

  /** UCDP GED's {@code where_prec} (1-7). */
  public static LocationPrecision ofUcdp(int wherePrec) {
    if (wherePrec < 1 || wherePrec > 7) {
      throw new IllegalArgumentException("UCDP where_prec must be 1 to 7, was " + wherePrec);
    }
    return values()[wherePrec - 1];
  }

  /** ACLED's {@code geo_precision} (1-3). */
  public static LocationPrecision ofAcled(int geoPrecision) {
    return switch (geoPrecision) {
      case 1 -> EXACT;
      case 2 -> NEAR;
      case 3 -> PROVINCE;
      default ->
        throw new IllegalArgumentException(
            "ACLED geo_precision must be 1, 2 or 3, was " + geoPrecision);
    };
  }
}
