package io.frontline.render.map;

import io.frontline.render.geo.Extent;
import io.frontline.render.output.PageSize;
import io.frontline.render.text.MapLanguage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What a control map is to show, as the user asked: one panel per date (1 to 12), the chosen actor (drawn in black)
 * or none, whether other parties are all one grey ({@code only}), the language, extent, page, theme, and texts that
 * override the defaults taken from the data.
 */
public record MapSpec(
    List<LocalDate> dates,
    Optional<String> focus,
    boolean only,
    MapLanguage language,
    Extent extent,
    PageSize page,
    Theme theme,
    Optional<String> title,
    Optional<String> subtitle,
    Optional<String> credit) {
  public static final int MAX_PANELS = 12;

  public MapSpec {
    dates = List.copyOf(dates);
    if (dates.isEmpty() || dates.size() > MAX_PANELS) {
      throw new IllegalArgumentException(
          "a map shows 1 to " + MAX_PANELS + " dates, was " + dates.size());
    }
    if (only && focus.isEmpty()) {
      throw new IllegalArgumentException("--only needs an actor (--actor) to keep in colour");
    }
  }
}
