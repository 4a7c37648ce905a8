package io.frontline.events;

/**
 * The rule that turns events near a settlement into suggestions, with its parameters. Events count when located to a
 * point ({@link LocationPrecision#locatesPoint()}) within {@code radius_km} of the settlement; day-precise events are
 * grouped in windows of {@code window_days}, month- and year-precise events in their own month or year. In a window:
 * <ul>
 *   <li><b>contested</b>: at least {@code minBattles} battles between two known actors A and B while the map gives
 *   the place to A (or B) alone, or to nobody: suggest the place contested between A and B;</li>
 *   <li><b>presence</b>: strikes on an actor on at least {@code minStrikeDays} days (or, for coarser dates, in at least
 *   {@code minStrikeDays} releases) while the map says nobody or another actor holds it: suggest the target present;
 *   </li>
 *   <li><b>control</b>: at least {@code minOneSided} events of one-sided violence by B and no event involving the
 *   map's holder A: suggest B controls it.</li>
 * </ul>
 * Only what differs from the map on the window's last day is suggested, or what confirms a holding decided more than
 * {@code staleAfterDays} before it.
 */
public record SuggestionRule(
    double radius_km,
    int window_days,
    int minBattles,
    int minStrikeDays,
    int minOneSided,
    int staleAfterDays) {
  public static final SuggestionRule DEFAULT = new SuggestionRule(12, 14, 2, 2, 2, 180);

  public SuggestionRule {
    if (!(radius_km > 0 && radius_km <= 100)) {
      throw new IllegalArgumentException(
          "radius must be more than 0 and at most 100 km, was " + radius_km);
    }
    if (window_days < 1 || window_days > 366) {
      throw new IllegalArgumentException("window must be 1 to 366 days, was " + window_days);
    }
    if (minBattles < 1 || minStrikeDays < 1 || minOneSided < 1) {
      throw new IllegalArgumentException("the minimum counts must be at least 1, were " + minBattles
          + ", " + minStrikeDays + ", " + minOneSided);
    }
    if (staleAfterDays < 1) {
      throw new IllegalArgumentException(
          "stale after must be at least 1 day, was " + staleAfterDays);
    }
  }

  /** The rule in one paragraph, for reports and the method notes. */
  public String describe() {
    return String.format(
        java.util.Locale.ROOT,
        "events located to a point within %.0f km of a settlement, in"
            + " windows of %d days (month- and year-precise events in their month or year); contested: >= %d battles"
            + " between A and B while the map says A or B alone or nobody; presence: strikes on an actor on >= %d days"
            + " while the map says nobody or another; control: >= %d one-sided events by B and none involving the holder;"
            + " only what differs from the map, or confirms a holding decided over %d days before",
        radius_km,
        window_days,
        minBattles,
        minStrikeDays,
        minOneSided,
        staleAfterDays);
  }
}
