package io.frontline.formats.events;

import io.frontline.events.Event;

/** Turns one data row of a format into an event, throwing a {@link io.frontline.formats.FormatException} if it cannot. */
interface RowConverter {
  Event event(EventRow row);

  /** Findings about the file as a whole once every row is read (unresolved places), none by default. */
  default java.util.List<io.frontline.observations.Finding> closing() {
    return java.util.List.of();
  }

  /** Thrown for a row left out with a warning rather than refused (a place the gazetteer does not hold). */
  final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skipped() {
      super(null, null, false, false);
    }
  }
}
