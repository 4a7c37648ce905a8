package io.frontline.events;

import io.frontline.timeline.FuzzyDate;
import java.util.List;

/**
 * One event of a conflict event dataset: {@code dataset} and its own {@code eventId} identify it; {@code source}
 * is the reference to what reported it; the date keeps the dataset's precision (a UCDP subset with years only gives
 * year-precise dates); the point (lon/lat, WGS84) keeps its {@link LocationPrecision}. {@code type} and
 * {@code subType} are the dataset's own words ("state-based", "Battles"/"Armed clash", "strike"). {@code sides} are
 * the parties in the dataset's order. {@code fatalities} is null when the dataset gives none. {@code incidents} is
 * how many incidents the record stands for (1, or a strike release's number of strikes).
 */
public record Event(
    String dataset,
    String eventId,
    String source,
    FuzzyDate date,
    double lon,
    double lat,
    LocationPrecision locationPrecision,
    String country,
    String location,
    String type,
    String subType,
    List<Side> sides,
    Fatalities fatalities,
    int incidents,
    String notes) {

  public Event {
    require(dataset, "dataset");
    require(eventId, "event id");
    if (date == null || locationPrecision == null) {
      throw new IllegalArgumentException(
          "event " + eventId + " needs a date and a location precision");
    }
    if (!(lat >= -90 && lat <= 90)) {
      throw new IllegalArgumentException(
          "event " + eventId + ": latitude must be within -90..90, was " + lat);
    }
    if (!(lon >= -180 && lon <= 180)) {
      throw new IllegalArgumentException(
          "event " + eventId + ": longitude must be within -180..180, was " + lon);
    }
    if (incidents < 1) {
      throw new IllegalArgumentException(
          "event " + eventId + ": incidents must be >= 1, was " + incidents);
    }
    source = source == null ? "" : source;
    country = country == null ? "" : country;
    location = location == null ? "" : location;
    type = type == null ? "" : type;
    subType = subType == null ? "" : subType;
    notes = notes == null ? "" : notes;
    sides = List.copyOf(sides == null ? List.of() : sides);
  }

  private static void require(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an event needs a " + what);
    }
  }

  /** "ucdp-ged:242066": unique within a store. */
  public String key() {
    return dataset + ":" + eventId;
  }

  /** The best fatality estimate, 0 when the dataset gives none. */
  public int bestFatalities() {
    return fatalities == null ? 0 : fatalities.best();
  }

  /** True when {@code actorId} is one of the sides. */
  public boolean involves(String actorId) {
    return sides.stream().anyMatch(s -> actorId.equals(s.actorId()));
  }
}
