package io.frontline.app.maps;

import io.frontline.render.geo.Extent;
import io.frontline.render.map.Theme;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a map picture shows: who held what on each of {@code dates} (one panel a date), or with {@code changes} what
 * changed hands between the first and the second date; {@code actor} (an id, name or alias) is drawn in black and
 * named in the caption ({@code only}: every other party in grey); the page, language, theme and extent; title,
 * subtitle and an extra credit line when given; with {@code events}, the conflict events of the store as dots.
 */
public record MapRequest(
    List<LocalDate> dates,
    boolean changes,
    Optional<String> actor,
    boolean only,
    MapLanguage language,
    Extent extent,
    PageSize page,
    Theme theme,
    Optional<String> title,
    Optional<String> subtitle,
    Optional<String> credit,
    Optional<Events> events) {
  public MapRequest {
    dates = List.copyOf(dates);
  }

  /** A map without events. */
  public MapRequest(
      List<LocalDate> dates,
      boolean changes,
      Optional<String> actor,
      boolean only,
      MapLanguage language,
      Extent extent,
      PageSize page,
      Theme theme,
      Optional<String> title,
      Optional<String> subtitle,
      Optional<String> credit) {
    this(
        dates,
        changes,
        actor,
        only,
        language,
        extent,
        page,
        theme,
        title,
        subtitle,
        credit,
        Optional.empty());
  }

  /**
   * Which events to draw: those whose date overlaps {@code from..to} (one window for every panel), or without a
   * window those of each panel's calendar year (year-precise events, as UCDP GED is bundled, can be shown only for
   * their year); only of {@code type} when given (an event without a type has its dataset's name, as on the web map).
   */
  public record Events(Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> type) {
    /** Every event of each panel's year. */
    public static final Events YEARS =
        new Events(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** The same map with events. */
  public MapRequest withEvents(Events drawn) {
    return new MapRequest(
        dates,
        changes,
        actor,
        only,
        language,
        extent,
        page,
        theme,
        title,
        subtitle,
        credit,
        Optional.of(drawn));
  }

  /** A map of the dates as the server and the demo draw it: light theme, no title, subtitle or credit of its own. */
  public static MapRequest of(
      List<LocalDate> dates,
      Optional<String> actor,
      MapLanguage language,
      Extent extent,
      PageSize page) {
    return new MapRequest(
        dates,
        false,
        actor,
        false,
        language,
        extent,
        page,
        Theme.LIGHT,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
