package io.frontline.events;

import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Where events are kept. Adding is all or nothing (one transaction); an event whose {@link Event#key()} is already
 * stored is skipped, so importing a file twice adds nothing the second time. Events come back whole, as added.
 */
public interface EventStore {
  /** Adds the events, reporting how many were written so far to {@code progress}; returns how many were new. */
  int addEvents(List<Event> events, LongConsumer progress);

  default int addEvents(List<Event> events) {
    return addEvents(events, n -> {});
  }

  /**
   * The events whose date period overlaps {@code from..to} (both included): a year-precise event of 2015 is found
   * for any range touching 2015. Ordered by date, then dataset and event id.
   */
  List<Event> findEvents(LocalDate from, LocalDate to);

  long eventCount();
}
